// --format auto: the file's shape names its format.
#include <catch2/catch.hpp>

#include "perf/ingest/formats.h"
#include "support/run_binary.h"

using namespace raxol;
using namespace raxol::perf::ingest;

namespace {
std::string detected(const std::string& fixture) {
  const auto path = test::source_path("tests/fixtures/perf/" + fixture);
  auto format = detect_format(test::read_file(path), path.string());
  INFO((format.ok() ? std::string() : format.error().message));
  REQUIRE(format.ok());
  return std::string(kFormatNames.name(format.value()));
}
}  // namespace

TEST_CASE("auto detection recognises every tool's fixture", "[perf][ingest]") {
  CHECK(detected("google-benchmark.json") == "google-benchmark");
  CHECK(detected("hyperfine.json") == "hyperfine");
  CHECK(detected("pytest-benchmark.json") == "pytest-benchmark");
  CHECK(detected("catch2.xml") == "catch2-xml");
  CHECK(detected("benchee.json") == "benchee");
  CHECK(detected("bmf.json") == "bmf");
  CHECK(detected("criterion/Fibonacci/Recursive/new/estimates.json") == "criterion");
}

TEST_CASE("auto detection refuses an unknown shape and a custom list", "[perf][ingest]") {
  auto unknown = detect_format(R"({"hello": 1})", "x.json");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().kind == ErrorKind::usage);
  CHECK_THAT(unknown.error().message, Catch::Contains("x.json: (top): unknown shape"));
  auto custom = detect_format(R"([{"name": "a", "value": 1, "unit": "ns"}])", "c.json");
  REQUIRE_FALSE(custom.ok());
  CHECK_THAT(custom.error().message, Catch::Contains("custom-smaller"));
}
