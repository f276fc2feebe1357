// What every format parser shares: the one shape of a malformed-input error (a usage error
// naming the file and the field, e.g. "out.json: results[2].times[0]: negative time"), strict
// readers of required numbers, and the unit table that turns a tool's unit into a canonical one.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "perf/run.h"

namespace raxol::perf::ingest {

// ErrorKind::usage: the input was given on the command line, so a bad one is the user's to fix.
Error malformed(const std::string& file, const std::string& field, const std::string& what);

// A canonical unit and the factor that converts a value to it ("us" -> {"ns", 1000}).
struct UnitConversion {
  std::string unit;
  double factor = 1;
};
// "ns", "us", "µs", "ms", "s", "ns/iter", "B", "KB", "MB", "KiB", "ops/sec", "ops/s", "count"...
// KB/MB/GB are decimal (1000) and KiB/MiB/GiB binary (1024), as the SI and IEC names say.
std::optional<UnitConversion> convert_unit(const std::string& unit);

// object[key] as a number >= 0 times `factor`; missing, not a number or negative is an error
// naming `path + key`.
Result<double> required_number(const nlohmann::json& object, const char* key,
                               const std::string& file, const std::string& path,
                               double factor = 1);
// The same when the field may be absent or null (nullopt then).
Result<std::optional<double>> optional_number(const nlohmann::json& object, const char* key,
                                              const std::string& file, const std::string& path,
                                              double factor = 1);
// Every element of object[key] (an array of numbers >= 0) times `factor`; nullopt when the field
// is absent, null or empty.
Result<std::optional<std::vector<double>>> number_list(const nlohmann::json& object,
                                                       const char* key, const std::string& file,
                                                       const std::string& path, double factor = 1);
// object[key] as a non-empty string.
Result<std::string> required_string(const nlohmann::json& object, const char* key,
                                    const std::string& file, const std::string& path);
// Seconds, the unit hyperfine and pytest-benchmark write, in canonical nanoseconds.
inline constexpr double kNanosecondsPerSecond = 1e9;

// The object's list `key` (the document's top level: `json` must be an object), which must be
// an array; `what` names an item for the error when it is empty ("command", "benchmark").
Result<const nlohmann::json*> required_list(const nlohmann::json& json, const char* key,
                                            const std::string& file, const std::string& what);
// `json` must be an array (or object) at `path`.
Status expect_array(const nlohmann::json& json, const std::string& file, const std::string& path);
Status expect_object(const nlohmann::json& json, const std::string& file, const std::string& path);

// A measurement in a canonical unit, its direction taken from the unit.
Measurement measurement(std::string benchmark, std::string measure, std::string unit,
                        std::vector<double> values);

// "a.b[2]." style paths: path_of("results", 2) == "results[2]."
std::string path_of(const std::string& prefix, size_t index);

}  // namespace raxol::perf::ingest
