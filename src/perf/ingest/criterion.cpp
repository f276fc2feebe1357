// Criterion.rs: target/criterion/<id>/new/estimates.json, {mean, median, ...} each with a
// point_estimate and a confidence_interval in ns (Criterion before 0.3 capitalised the keys:
// "Mean"). The file holds no name: the benchmark id is the path between "criterion/" (or the
// start) and "/new/estimates.json", so "Fibonacci/Recursive/20" stays three parts.
#include "perf/ingest/parse_support.h"
#include "perf/ingest/parsers.h"

namespace raxol::perf::ingest {

using nlohmann::json;

namespace {
std::string benchmark_id(std::string path) {
  for (const char* tail : {"/new/estimates.json", "/base/estimates.json", "/estimates.json"}) {
    const std::string suffix = tail;
    if (path.size() > suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0) {
      path.resize(path.size() - suffix.size());
      break;
    }
  }
  const auto root = path.rfind("criterion/");
  if (root != std::string::npos) return path.substr(root + 10);
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}
}  // namespace

Result<Measurements> parse_criterion(const json& json, const std::string& file) {
  RAXOL_TRY(expect_object(json, file, ""));
  const char* key = json.contains("mean") ? "mean" : json.contains("Mean") ? "Mean" : nullptr;
  if (key == nullptr) return malformed(file, "mean", "missing");
  const auto& mean = json[key];
  RAXOL_TRY(expect_object(mean, file, key));
  const std::string path = std::string(key) + ".";
  RAXOL_ASSIGN_OR_RETURN(double point, required_number(mean, "point_estimate", file, path));
  Measurement m = measurement(benchmark_id(file), "time", kUnitNanoseconds, {point});
  if (mean.contains("confidence_interval")) {
    const auto& ci = mean["confidence_interval"];
    RAXOL_ASSIGN_OR_RETURN(m.lower, optional_number(ci, "lower_bound", file, path + "confidence_interval."));
    RAXOL_ASSIGN_OR_RETURN(m.upper, optional_number(ci, "upper_bound", file, path + "confidence_interval."));
  }
  return Measurements{m};
}

}  // namespace raxol::perf::ingest
