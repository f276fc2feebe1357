// github-action-benchmark's custom tools: [{name, value, unit, range?, extra?}]. The unit is
// converted to a canonical one; the direction is the format's (customSmallerIsBetter or
// customBiggerIsBetter), since that is what the user chose. range ("± 2%") and extra are text
// for people and are not read.
#include "perf/ingest/parse_support.h"
#include "perf/ingest/parsers.h"

namespace raxol::perf::ingest {

using nlohmann::json;

namespace {
const char* measure_of(const std::string& unit) {
  if (unit == kUnitNanoseconds) return "time";
  if (unit == kUnitBytes) return "memory";
  if (unit == kUnitOpsPerSecond) return "throughput";
  return "value";
}
}  // namespace

Result<Measurements> parse_custom(const json& json, const std::string& file, Direction direction) {
  RAXOL_TRY(expect_array(json, file, ""));
  if (json.empty()) return malformed(file, "(top)", "expected at least one benchmark");
  Measurements out;
  for (size_t i = 0; i < json.size(); ++i) {
    const auto& entry = json[i];
    const std::string path = path_of("", i);
    RAXOL_TRY(expect_object(entry, file, path.substr(0, path.size() - 1)));
    RAXOL_ASSIGN_OR_RETURN(const std::string name, required_string(entry, "name", file, path));
    RAXOL_ASSIGN_OR_RETURN(const std::string unit_name, required_string(entry, "unit", file, path));
    const auto unit = convert_unit(unit_name);
    if (!unit) return malformed(file, path + "unit", "unknown unit \"" + unit_name + "\"");
    RAXOL_ASSIGN_OR_RETURN(double value, required_number(entry, "value", file, path, unit->factor));
    Measurement m = measurement(name, measure_of(unit->unit), unit->unit, {value});
    m.direction = direction;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace raxol::perf::ingest
