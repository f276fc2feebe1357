// The one reader of the emulators' knobs in STATE/settings.json. Each service's settings
// struct starts from its defaults and overlays settings["<service>"] through a SettingsReader,
// which keeps the default for a missing or malformed value: a typo in a hand-edited file must
// not take the sandbox down. Read on every request, so that a test (PATCH /__sandbox/settings)
// or a person can change a running sandbox.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "sandbox/state_file.h"

namespace raxol::sandbox::kit {

class SettingsReader {
 public:
  // Reads document[service]; an absent or non-object section reads as empty.
  SettingsReader(const nlohmann::json& document, const std::string& service);

  // Integers (an integral float counts); a value out of the target's range keeps the default.
  void read_int(const char* key, int& value) const;
  void read_int(const char* key, std::int64_t& value) const;
  void read_int(const char* key, std::optional<int>& value) const;
  void read_bool(const char* key, bool& value) const;
  void read_string(const char* key, std::string& value) const;
  // As read_string, but "" keeps the default (ids and secrets that cannot be empty).
  void read_nonempty_string(const char* key, std::string& value) const;
  // A string (a list of one) or an array of strings, whose other items are skipped.
  void read_string_list(const char* key, std::vector<std::string>& value) const;
  void read_string_set(const char* key, std::set<std::string>& value) const;
  // Globs over names (images, branches, domains) rather than paths: in these settings `*`
  // has always matched any run of characters, '/' included. Stored in util/glob.h's syntax,
  // where that is `**`, so that callers match them with glob_matches_any.
  void read_name_globs(const char* key, std::vector<std::string>& value) const;
  // A non-empty object replaces `value`; a member that is not a string maps to `fallback`.
  void read_map(const char* key, std::map<std::string, std::string>& value,
                const std::string& fallback) const;

 private:
  const nlohmann::json* field(const char* key) const;
  nlohmann::json section_;
};

// Runs `read` on settings[service] of the settings file, under its lock.
void read_settings(StateFile& settings, const std::string& service,
                   const std::function<void(const SettingsReader&)>& read);

// A service's knobs as data: per kind, the key in settings.json and the member of `S` it sets.
template <class S>
struct Knobs {
  template <class T>
  using Table = std::vector<std::pair<const char*, T S::*>>;
  Table<int> integers{};
  Table<std::int64_t> wide_integers{};
  Table<std::optional<int>> optional_integers{};
  Table<bool> flags{};
  Table<std::string> strings{};
  Table<std::string> nonempty_strings{};
  Table<std::vector<std::string>> string_lists{};
  Table<std::set<std::string>> string_sets{};
  Table<std::vector<std::string>> name_globs{};
  // String maps, with the value of a member that is not a string.
  std::vector<std::tuple<const char*, std::map<std::string, std::string> S::*, std::string>> maps{};
};

// The defaults of `S` overlaid with settings[service] as `knobs` say.
template <class S>
S read_knobs(StateFile& settings, const std::string& service, const Knobs<S>& knobs) {
  S result;
  read_settings(settings, service, [&](const SettingsReader& reader) {
    for (const auto& [key, member] : knobs.integers) reader.read_int(key, result.*member);
    for (const auto& [key, member] : knobs.wide_integers) reader.read_int(key, result.*member);
    for (const auto& [key, member] : knobs.optional_integers) reader.read_int(key, result.*member);
    for (const auto& [key, member] : knobs.flags) reader.read_bool(key, result.*member);
    for (const auto& [key, member] : knobs.strings) reader.read_string(key, result.*member);
    for (const auto& [key, member] : knobs.nonempty_strings)
      reader.read_nonempty_string(key, result.*member);
    for (const auto& [key, member] : knobs.string_lists)
      reader.read_string_list(key, result.*member);
    for (const auto& [key, member] : knobs.string_sets) reader.read_string_set(key, result.*member);
    for (const auto& [key, member] : knobs.name_globs) reader.read_name_globs(key, result.*member);
    for (const auto& [key, member, fallback] : knobs.maps)
      reader.read_map(key, result.*member, fallback);
  });
  return result;
}

// `glob` with every lone `*` made `**` (see read_name_globs).
std::string name_glob(const std::string& glob);

}  // namespace raxol::sandbox::kit
