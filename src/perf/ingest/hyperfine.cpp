// hyperfine --export-json: results[] per command, in seconds. Every run in times[] is a
// repetition of "wall"; user and system are only given as means, so they are one value each.
// The measures are named as `perf time` names them (wall, user, sys): both time whole commands.
#include "perf/ingest/parse_support.h"
#include "perf/ingest/parsers.h"

namespace raxol::perf::ingest {

using nlohmann::json;

Result<Measurements> parse_hyperfine(const json& json, const std::string& file) {
  RAXOL_ASSIGN_OR_RETURN(const nlohmann::json* list, required_list(json, "results", file, "command"));
  const auto& results = *list;
  Measurements out;
  for (size_t i = 0; i < results.size(); ++i) {
    const auto& result = results[i];
    const std::string path = path_of("results", i);
    RAXOL_TRY(expect_object(result, file, path.substr(0, path.size() - 1)));
    RAXOL_ASSIGN_OR_RETURN(const std::string name, required_string(result, "command", file, path));
    RAXOL_ASSIGN_OR_RETURN(auto times, number_list(result, "times", file, path, kNanosecondsPerSecond));
    if (!times) {
      RAXOL_ASSIGN_OR_RETURN(double mean, required_number(result, "mean", file, path, kNanosecondsPerSecond));
      times = std::vector<double>{mean};
    }
    out.push_back(measurement(name, "wall", kUnitNanoseconds, *times));
    RAXOL_ASSIGN_OR_RETURN(double user, required_number(result, "user", file, path, kNanosecondsPerSecond));
    RAXOL_ASSIGN_OR_RETURN(double system, required_number(result, "system", file, path, kNanosecondsPerSecond));
    out.push_back(measurement(name, "user", kUnitNanoseconds, {user}));
    out.push_back(measurement(name, "sys", kUnitNanoseconds, {system}));
  }
  return out;
}

}  // namespace raxol::perf::ingest
