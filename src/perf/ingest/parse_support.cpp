#include "perf/ingest/parse_support.h"

#include <cmath>
#include <map>

namespace raxol::perf::ingest {

using nlohmann::json;

Error malformed(const std::string& file, const std::string& field, const std::string& what) {
  return make_error(ErrorKind::usage, file + ": " + field + ": " + what);
}

std::optional<UnitConversion> convert_unit(const std::string& unit) {
  static const std::map<std::string, UnitConversion> table = {
      {"ns", {kUnitNanoseconds, 1}},          {"ns/iter", {kUnitNanoseconds, 1}},
      {"us", {kUnitNanoseconds, 1e3}},        {"µs", {kUnitNanoseconds, 1e3}},
      {"μs", {kUnitNanoseconds, 1e3}},        {"us/iter", {kUnitNanoseconds, 1e3}},
      {"ms", {kUnitNanoseconds, 1e6}},        {"ms/iter", {kUnitNanoseconds, 1e6}},
      {"s", {kUnitNanoseconds, 1e9}},         {"s/iter", {kUnitNanoseconds, 1e9}},
      {"B", {kUnitBytes, 1}},                 {"bytes", {kUnitBytes, 1}},
      {"KB", {kUnitBytes, 1e3}},              {"MB", {kUnitBytes, 1e6}},
      {"GB", {kUnitBytes, 1e9}},              {"KiB", {kUnitBytes, 1024}},
      {"MiB", {kUnitBytes, 1024.0 * 1024}},   {"GiB", {kUnitBytes, 1024.0 * 1024 * 1024}},
      {"ops/s", {kUnitOpsPerSecond, 1}},      {"ops/sec", {kUnitOpsPerSecond, 1}},
      {"count", {kUnitCount, 1}},
  };
  auto it = table.find(unit);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

namespace {
Result<double> read_number(const json& value, const std::string& file, const std::string& field,
                           double factor) {
  if (!value.is_number()) return malformed(file, field, "expected a number");
  const double number = value.get<double>();
  if (!std::isfinite(number)) return malformed(file, field, "expected a finite number");
  if (number < 0) return malformed(file, field, "negative value " + value.dump());
  return number * factor;
}
}  // namespace

Result<double> required_number(const json& object, const char* key, const std::string& file,
                               const std::string& path, double factor) {
  if (!object.is_object() || !object.contains(key) || object[key].is_null())
    return malformed(file, path + key, "missing");
  return read_number(object[key], file, path + key, factor);
}

Result<std::optional<double>> optional_number(const json& object, const char* key,
                                              const std::string& file, const std::string& path,
                                              double factor) {
  if (!object.is_object() || !object.contains(key) || object[key].is_null())
    return std::optional<double>();
  RAXOL_ASSIGN_OR_RETURN(double value, read_number(object[key], file, path + key, factor));
  return std::optional<double>(value);
}

Result<std::optional<std::vector<double>>> number_list(const json& object, const char* key,
                                                       const std::string& file,
                                                       const std::string& path, double factor) {
  using Out = std::optional<std::vector<double>>;
  if (!object.is_object() || !object.contains(key) || object[key].is_null()) return Out();
  const json& list = object[key];
  if (!list.is_array()) return malformed(file, path + key, "expected an array of numbers");
  if (list.empty()) return Out();
  std::vector<double> values;
  for (size_t i = 0; i < list.size(); ++i) {
    RAXOL_ASSIGN_OR_RETURN(double value,
                           read_number(list[i], file, path + key + "[" + std::to_string(i) + "]",
                                       factor));
    values.push_back(value);
  }
  return Out(std::move(values));
}

Result<std::string> required_string(const json& object, const char* key, const std::string& file,
                                    const std::string& path) {
  if (!object.is_object() || !object.contains(key)) return malformed(file, path + key, "missing");
  if (!object[key].is_string() || object[key].get<std::string>().empty())
    return malformed(file, path + key, "expected a non-empty string");
  return object[key].get<std::string>();
}

Status expect_array(const json& json, const std::string& file, const std::string& path) {
  if (!json.is_array()) return malformed(file, path.empty() ? "(top)" : path, "expected an array");
  return {};
}

Result<const json*> required_list(const json& json, const char* key, const std::string& file,
                                  const std::string& what) {
  RAXOL_TRY(expect_object(json, file, ""));
  if (!json.contains(key)) return malformed(file, key, "missing");
  const auto& list = json[key];
  RAXOL_TRY(expect_array(list, file, key));
  if (list.empty()) return malformed(file, key, "expected at least one " + what);
  return &list;
}

Status expect_object(const json& json, const std::string& file, const std::string& path) {
  if (!json.is_object())
    return malformed(file, path.empty() ? "(top)" : path, "expected an object");
  return {};
}

Measurement measurement(std::string benchmark, std::string measure, std::string unit,
                        std::vector<double> values) {
  Measurement m;
  m.benchmark = std::move(benchmark);
  m.measure = std::move(measure);
  m.direction = direction_of_unit(unit);
  m.unit = std::move(unit);
  m.values = std::move(values);
  return m;
}

std::string path_of(const std::string& prefix, size_t index) {
  return prefix + "[" + std::to_string(index) + "].";
}

}  // namespace raxol::perf::ingest
