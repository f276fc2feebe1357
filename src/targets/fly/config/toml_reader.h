// A typed, location-aware view over toml++ tables for the fly.toml loader. Every getter reports a
// wrong type as "FILE:LINE:COL: key: expected WHAT, found WHAT", records where each value was
// written, and remembers which keys it was asked about so that the rest can be reported as
// unknown keys (flyctl's strict_validate.go) instead of being silently dropped.
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "raxol/result.h"
#include "raxol/source_location.h"
#include "targets/fly/config/fly_config.h"

namespace raxol::fly::detail {

// State shared by every reader while one file loads.
struct LoadContext {
  std::string file;
  FlyConfig& config;      // receives locations
  Diagnostics& warnings;  // receives unknown-key warnings

  SourceLocation where(const toml::source_region& region) const;
};

// A short description of a TOML value for "found ..." ("\"8080\"", "70000", "a table").
std::string describe(const toml::node& node);

// One table element of a section that may be written as a table or an array of tables.
struct TableRef {
  const toml::table* table;
  std::string path;  // "services[1]" for array elements, "mount" for a lone table
};

class TableReader {
 public:
  TableReader(LoadContext& context, const toml::table& table, std::string path);

  const std::string& path() const { return path_; }
  LoadContext& context() const { return context_; }
  const toml::table& table() const { return table_; }
  std::string child(std::string_view key) const;
  SourceLocation location() const;
  SourceLocation location_of(std::string_view key) const;

  bool has(std::string_view key) const;
  // The node for `key` (nullptr when absent); marks the key as known and records its location.
  const toml::node* find(std::string_view key);
  // Marks `key` as known although raxol-deploy does not use it.
  void ignore(std::string_view key) { used_.insert(std::string(key)); }
  // Reports every key that no getter asked about as "unknown key, ignored".
  void finish();

  Result<std::optional<std::string>> string(std::string_view key);
  // The string at `key`, or "" when the key is absent (most fly.toml strings mean "unset" then).
  Result<std::string> text(std::string_view key);
  Result<std::optional<std::int64_t>> integer(std::string_view key);
  // An integer in [min, max]; strings of digits and floats are accepted when `lenient` (flyctl's
  // castToInt for legacy files that quote ports).
  Result<std::optional<std::int64_t>> integer_in(std::string_view key, std::int64_t min,
                                                 std::int64_t max, bool lenient = false);
  Result<std::optional<bool>> boolean(std::string_view key);
  Result<std::optional<double>> number(std::string_view key);
  Result<std::optional<StringList>> strings(std::string_view key);
  // A string or an array of strings (flyctl's stringOrSliceToSlice).
  Result<std::optional<StringList>> string_or_strings(std::string_view key);
  // A table of strings (empty when absent); other scalars are stringified when `stringify`
  // (like fmt.Sprint).
  Result<StringMap> string_map(std::string_view key, bool stringify = false);
  // A duration string ("10s"); integers count `integer_unit`s, floats are truncated first; ""
  // counts as unset.
  Result<std::optional<Duration>> duration(std::string_view key, Duration integer_unit);
  // A size that flyctl keeps as text: strings as written, integers stringified.
  Result<std::optional<std::string>> size_text(std::string_view key);

  // A sub-table (nullptr when absent).
  Result<const toml::table*> subtable(std::string_view key);
  // A table or an array of tables, as a list (flyctl's ensureArrayOfMap).
  Result<std::vector<TableRef>> tables(std::string_view key);

  Error type_error(std::string_view key, const toml::node& node, const std::string& expected) const;

 private:
  LoadContext& context_;
  const toml::table& table_;
  std::string path_;
  std::set<std::string> used_;
};

// The scalar rendered as text the way Go's fmt.Sprint would (env values, header values).
std::optional<std::string> scalar_text(const toml::node& node);

// Any TOML value as JSON (dates and times as their TOML text).
nlohmann::json to_json(const toml::node& node);

}  // namespace raxol::fly::detail
