// Bencher Metric Format: {benchmark: {measure: {value, lower_value?, upper_value?}}}. BMF has
// no units: a measure's unit is Bencher's for its built-in measures, and a measure we do not
// know is refused rather than guessed.
#include <map>

#include "perf/ingest/parse_support.h"
#include "perf/ingest/parsers.h"

namespace raxol::perf::ingest {

using nlohmann::json;

namespace {
// Bencher's built-in measures and their units (latency and build-time in ns after conversion).
std::optional<UnitConversion> measure_unit(const std::string& measure) {
  static const std::map<std::string, UnitConversion> table = {
      {"latency", {kUnitNanoseconds, 1}},
      {"throughput", {kUnitOpsPerSecond, 1}},
      {"build-time", {kUnitNanoseconds, 1e9}},  // Bencher records it in seconds
      {"file-size", {kUnitBytes, 1}},
      {"instructions", {kUnitCount, 1}},
  };
  auto it = table.find(measure);
  if (it == table.end()) return std::nullopt;
  return it->second;
}
}  // namespace

Result<Measurements> parse_bmf(const json& json, const std::string& file) {
  RAXOL_TRY(expect_object(json, file, ""));
  if (json.empty()) return malformed(file, "(top)", "expected at least one benchmark");
  Measurements out;
  for (const auto& [name, measures] : json.items()) {
    RAXOL_TRY(expect_object(measures, file, name));
    for (const auto& [measure, metric] : measures.items()) {
      const std::string path = name + "." + measure;
      const auto unit = measure_unit(measure);
      if (!unit)
        return malformed(file, path,
                         "unknown measure (expected latency, throughput, build-time, file-size "
                         "or instructions)");
      RAXOL_TRY(expect_object(metric, file, path));
      RAXOL_ASSIGN_OR_RETURN(double value, required_number(metric, "value", file, path + ".", unit->factor));
      Measurement m = measurement(name, measure, unit->unit, {value});
      RAXOL_ASSIGN_OR_RETURN(m.lower, optional_number(metric, "lower_value", file, path + ".", unit->factor));
      RAXOL_ASSIGN_OR_RETURN(m.upper, optional_number(metric, "upper_value", file, path + ".", unit->factor));
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace raxol::perf::ingest
