// Malformed input is a usage error (exit 2) naming the file and the field.
#include <catch2/catch.hpp>

#include "perf/ingest/formats.h"

using namespace raxol;
using namespace raxol::perf::ingest;

namespace {
std::string failure(const std::string& text, std::optional<Format> format) {
  auto parsed = parse_text(text, "in.json", format);
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error().kind == ErrorKind::usage);
  return parsed.error().message;
}
}  // namespace

TEST_CASE("truncated json names the file", "[perf][ingest]") {
  const auto message = failure(R"({"results": [{"command": "x", "times": [0.1)", Format::hyperfine);
  CHECK_THAT(message, Catch::Contains("in.json") && Catch::Contains("not valid JSON"));
}

TEST_CASE("a missing field is named with its path", "[perf][ingest]") {
  const auto message = failure(R"({"results": [{"command": "x", "times": [0.1], "user": 0}]})",
                               Format::hyperfine);
  CHECK_THAT(message, Catch::Contains("in.json: results[0].system: missing"));
}

TEST_CASE("a negative time is refused with its index", "[perf][ingest]") {
  const auto message = failure(
      R"({"results": [{"command": "a", "times": [0.1], "user": 0, "system": 0},
                      {"command": "b", "times": [0.1], "user": 0, "system": 0},
                      {"command": "c", "times": [-0.1], "user": 0, "system": 0}]})",
      Format::hyperfine);
  CHECK_THAT(message, Catch::Contains("results[2].times[0]") && Catch::Contains("negative"));
}

TEST_CASE("an unknown unit is refused", "[perf][ingest]") {
  CHECK_THAT(failure(R"([{"name": "a", "value": 1, "unit": "furlongs"}])", Format::custom_smaller),
             Catch::Contains("[0].unit: unknown unit \"furlongs\""));
  CHECK_THAT(failure(R"({"benchmarks": [{"name": "a", "run_type": "iteration", "real_time": 1,
                        "cpu_time": 1, "time_unit": "fortnights"}]})",
                     Format::google_benchmark),
             Catch::Contains("benchmarks[0].time_unit"));
}

TEST_CASE("a cut catch2 xml file is refused", "[perf][ingest]") {
  const std::string xml = "<Catch><TestCase name='t'><BenchmarkResults name='a'><mean value='2'/>";
  CHECK_THAT(failure(xml, Format::catch2_xml), Catch::Contains("the file ends inside"));
  const std::string no_mean = "<Catch><BenchmarkResults name='a'></BenchmarkResults></Catch>";
  CHECK_THAT(failure(no_mean, Format::catch2_xml), Catch::Contains("BenchmarkResults[0].mean: missing"));
}

TEST_CASE("an unknown bmf measure is refused", "[perf][ingest]") {
  CHECK_THAT(failure(R"({"a": {"speed": {"value": 1}}})", Format::bmf),
             Catch::Contains("a.speed: unknown measure"));
}
