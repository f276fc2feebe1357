// Benchee (Elixir) through benchee_json: a list of scenarios, each with run_time_data,
// memory_usage_data and reductions_data ({samples, statistics}); times in ns, memory in bytes.
#include "perf/ingest/parse_support.h"
#include "perf/ingest/parsers.h"

namespace raxol::perf::ingest {

namespace {
using nlohmann::json;

std::string scenario_name(const json& scenario) {
  std::string name = scenario.value("job_name", json()).is_string()
                         ? scenario["job_name"].get<std::string>()
                         : scenario.value("name", json()).is_string()
                               ? scenario["name"].get<std::string>()
                               : std::string();
  // Benchee writes "__no_input" (or null) when the job took no input.
  if (scenario.contains("input_name") && scenario["input_name"].is_string()) {
    const std::string input = scenario["input_name"];
    if (!input.empty() && input != "__no_input") name += "/" + input;
  }
  return name;
}

// The samples when Benchee kept them (every run is a repetition), else the median, else the
// average. nullopt when the block is absent or empty (memory and reductions are optional).
Result<std::optional<std::vector<double>>> block_values(const json& scenario, const char* key,
                                                        const std::string& file,
                                                        const std::string& path) {
  using Out = std::optional<std::vector<double>>;
  if (!scenario.contains(key) || scenario[key].is_null()) return Out();
  const json& block = scenario[key];
  const std::string here = path + key + ".";
  RAXOL_TRY(expect_object(block, file, path + key));
  RAXOL_ASSIGN_OR_RETURN(auto samples, number_list(block, "samples", file, here));
  if (samples) return samples;
  if (!block.contains("statistics") || block["statistics"].is_null()) return Out();
  const json& stats = block["statistics"];
  RAXOL_TRY(expect_object(stats, file, here + "statistics"));
  for (const char* stat : {"median", "average"}) {
    RAXOL_ASSIGN_OR_RETURN(auto value, optional_number(stats, stat, file, here + "statistics."));
    if (value) return Out(std::vector<double>{*value});
  }
  return Out();
}
}  // namespace

Result<Measurements> parse_benchee(const json& json, const std::string& file) {
  RAXOL_TRY(expect_array(json, file, ""));
  Measurements out;
  for (size_t i = 0; i < json.size(); ++i) {
    const auto& scenario = json[i];
    const std::string path = path_of("", i);
    RAXOL_TRY(expect_object(scenario, file, path));
    const std::string name = scenario_name(scenario);
    if (name.empty()) return malformed(file, path + "job_name", "missing");
    if (!scenario.contains("run_time_data")) return malformed(file, path + "run_time_data", "missing");
    RAXOL_ASSIGN_OR_RETURN(auto times, block_values(scenario, "run_time_data", file, path));
    if (!times) return malformed(file, path + "run_time_data", "no samples and no statistics");
    out.push_back(measurement(name, "time", kUnitNanoseconds, *times));
    RAXOL_ASSIGN_OR_RETURN(auto memory, block_values(scenario, "memory_usage_data", file, path));
    if (memory) out.push_back(measurement(name, "memory", kUnitBytes, *memory));
    RAXOL_ASSIGN_OR_RETURN(auto reductions, block_values(scenario, "reductions_data", file, path));
    if (reductions) out.push_back(measurement(name, "reductions", kUnitCount, *reductions));
  }
  if (out.empty()) return malformed(file, "(top)", "expected at least one scenario");
  return out;
}

}  // namespace raxol::perf::ingest
