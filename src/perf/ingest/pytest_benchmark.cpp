// pytest-benchmark --benchmark-json: benchmarks[] with stats in seconds. stats.data (one
// value per round) gives the repetitions; without it the median stands alone. The name is the test's fullname with "::"
// as '/', so two files' test_x do not collide.
#include "perf/ingest/parse_support.h"
#include "perf/ingest/parsers.h"

namespace raxol::perf::ingest {

using nlohmann::json;

namespace {
std::string slash_name(std::string name) {
  for (size_t at = name.find("::"); at != std::string::npos; at = name.find("::", at + 1))
    name.replace(at, 2, "/");
  return name;
}
}  // namespace

Result<Measurements> parse_pytest_benchmark(const json& json, const std::string& file) {
  RAXOL_ASSIGN_OR_RETURN(const nlohmann::json* benchmarks,
                         required_list(json, "benchmarks", file, "benchmark"));
  const auto& list = *benchmarks;
  Measurements out;
  for (size_t i = 0; i < list.size(); ++i) {
    const auto& entry = list[i];
    const std::string path = path_of("benchmarks", i);
    RAXOL_TRY(expect_object(entry, file, path.substr(0, path.size() - 1)));
    const bool has_fullname = entry.contains("fullname") && entry["fullname"].is_string();
    RAXOL_ASSIGN_OR_RETURN(const std::string name,
                           required_string(entry, has_fullname ? "fullname" : "name", file, path));
    if (!entry.contains("stats")) return malformed(file, path + "stats", "missing");
    const auto& stats = entry["stats"];
    RAXOL_TRY(expect_object(stats, file, path + "stats"));
    RAXOL_ASSIGN_OR_RETURN(auto data, number_list(stats, "data", file, path + "stats.", kNanosecondsPerSecond));
    if (!data) {
      RAXOL_ASSIGN_OR_RETURN(double median,
                             required_number(stats, "median", file, path + "stats.", kNanosecondsPerSecond));
      data = std::vector<double>{median};
    }
    out.push_back(measurement(slash_name(name), "time", kUnitNanoseconds, *data));
  }
  return out;
}

}  // namespace raxol::perf::ingest
