// One parser per benchmark tool's output format; each turns the tool's file into measurements
// in canonical units (perf/run.h) or a usage error naming the file and the field. `file` is
// only for messages (and, for Criterion, the benchmark's name, which lives in the path).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "perf/run.h"

namespace raxol::perf::ingest {

using Measurements = std::vector<Measurement>;

Result<Measurements> parse_benchee(const nlohmann::json& json, const std::string& file);
Result<Measurements> parse_google_benchmark(const nlohmann::json& json, const std::string& file);
Result<Measurements> parse_catch2_xml(const std::string& text, const std::string& file);
Result<Measurements> parse_hyperfine(const nlohmann::json& json, const std::string& file);
Result<Measurements> parse_pytest_benchmark(const nlohmann::json& json, const std::string& file);
Result<Measurements> parse_criterion(const nlohmann::json& json, const std::string& file);
Result<Measurements> parse_bmf(const nlohmann::json& json, const std::string& file);
// github-action-benchmark's customSmallerIsBetter / customBiggerIsBetter: the direction is the
// caller's choice, whatever the unit says.
Result<Measurements> parse_custom(const nlohmann::json& json, const std::string& file,
                                  Direction direction);

}  // namespace raxol::perf::ingest
