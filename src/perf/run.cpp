#include "perf/run.h"

#include "util/json_fields.h"

namespace raxol::perf {

bool canonical_unit(const std::string& unit) {
  return unit == kUnitNanoseconds || unit == kUnitBytes || unit == kUnitOpsPerSecond ||
         unit == kUnitCount;
}

Direction direction_of_unit(const std::string& unit) {
  return unit == kUnitOpsPerSecond ? Direction::bigger : Direction::smaller;
}

nlohmann::json run_to_json(const Run& run) {
  nlohmann::json measurements = nlohmann::json::array();
  for (const auto& m : run.measurements) {
    nlohmann::json json = {{"benchmark", m.benchmark},
                           {"measure", m.measure},
                           {"unit", m.unit},
                           {"direction", kDirectionNames.name(m.direction)},
                           {"values", m.values}};
    if (m.lower) json["lower"] = *m.lower;
    if (m.upper) json["upper"] = *m.upper;
    measurements.push_back(std::move(json));
  }
  return {{"schema", 1},           {"id", run.id},         {"commit", run.commit},
          {"ref", run.ref},        {"testbed", run.testbed}, {"suite", run.suite},
          {"created_at", run.created_at}, {"format", run.format}, {"sources", run.sources},
          {"measurements", measurements}};
}

namespace {

Error bad(const std::string& where, const std::string& field, const std::string& what) {
  return make_error(ErrorKind::config, where + ": " + field + ": " + what);
}

Result<std::string> text(const nlohmann::json& json, const char* key, const std::string& where,
                         const std::string& path, bool required = true) {
  if (!json.contains(key)) {
    if (!required) return std::string();
    return bad(where, path + key, "missing");
  }
  if (!json[key].is_string()) return bad(where, path + key, "expected a string");
  return json[key].get<std::string>();
}

}  // namespace

Result<Run> run_from_json(const nlohmann::json& json, const std::string& where) {
  if (!json.is_object()) return bad(where, "(top)", "expected an object");
  if (json.value("schema", 0) != 1) return bad(where, "schema", "expected 1");
  Run run;
  RAXOL_ASSIGN_OR_RETURN(run.id, text(json, "id", where, ""));
  RAXOL_ASSIGN_OR_RETURN(run.commit, text(json, "commit", where, ""));
  RAXOL_ASSIGN_OR_RETURN(run.ref, text(json, "ref", where, "", false));
  RAXOL_ASSIGN_OR_RETURN(run.testbed, text(json, "testbed", where, ""));
  RAXOL_ASSIGN_OR_RETURN(run.suite, text(json, "suite", where, ""));
  RAXOL_ASSIGN_OR_RETURN(run.created_at, text(json, "created_at", where, ""));
  RAXOL_ASSIGN_OR_RETURN(run.format, text(json, "format", where, "", false));
  if (json.contains("sources") && json["sources"].is_array())
    for (const auto& source : json["sources"])
      if (source.is_string()) run.sources.push_back(source.get<std::string>());
  if (!json.contains("measurements") || !json["measurements"].is_array())
    return bad(where, "measurements", "expected an array");
  size_t index = 0;
  for (const auto& item : json["measurements"]) {
    const std::string path = "measurements[" + std::to_string(index++) + "].";
    if (!item.is_object()) return bad(where, path.substr(0, path.size() - 1), "expected an object");
    Measurement m;
    RAXOL_ASSIGN_OR_RETURN(m.benchmark, text(item, "benchmark", where, path));
    RAXOL_ASSIGN_OR_RETURN(m.measure, text(item, "measure", where, path));
    RAXOL_ASSIGN_OR_RETURN(m.unit, text(item, "unit", where, path));
    if (!canonical_unit(m.unit))
      return bad(where, path + "unit", "expected ns, bytes, ops/s or count, got '" + m.unit + "'");
    RAXOL_ASSIGN_OR_RETURN(std::string direction, text(item, "direction", where, path));
    auto parsed = kDirectionNames.parse(direction);
    if (!parsed) return bad(where, path + "direction", "expected smaller or bigger");
    m.direction = *parsed;
    if (!item.contains("values") || !item["values"].is_array() || item["values"].empty())
      return bad(where, path + "values", "expected a non-empty array of numbers");
    for (const auto& value : item["values"]) {
      if (!value.is_number() || value.get<double>() < 0)
        return bad(where, path + "values", "expected numbers >= 0");
      m.values.push_back(value.get<double>());
    }
    if (item.contains("lower") && item["lower"].is_number()) m.lower = item["lower"].get<double>();
    if (item.contains("upper") && item["upper"].is_number()) m.upper = item["upper"].get<double>();
    run.measurements.push_back(std::move(m));
  }
  return run;
}

std::string run_path(const Run& run) {
  const std::string year = run.created_at.size() >= 7 ? run.created_at.substr(0, 4) : "0000";
  const std::string month = run.created_at.size() >= 7 ? run.created_at.substr(5, 2) : "00";
  return "data/runs/" + year + "/" + month + "/" + run.id + ".json";
}

}  // namespace raxol::perf
