// Each parser against a file its tool wrote (tests/fixtures/perf/README.md says how).
#include <catch2/catch.hpp>

#include "perf/ingest/formats.h"
#include "support/run_binary.h"

using namespace raxol;
using namespace raxol::perf;
using namespace raxol::perf::ingest;

namespace {
Measurements parse_fixture(const std::string& name, Format format) {
  const auto path = test::source_path("tests/fixtures/perf/" + name);
  auto parsed = parse_text(test::read_file(path), path.string(), format);
  INFO((parsed.ok() ? std::string() : parsed.error().message));
  REQUIRE(parsed.ok());
  return parsed.value().measurements;
}

const Measurement& find(const Measurements& all, const std::string& benchmark,
                        const std::string& measure) {
  for (const auto& m : all)
    if (m.benchmark == benchmark && m.measure == measure) return m;
  FAIL("no " << benchmark << " " << measure);
  throw;
}
}  // namespace

TEST_CASE("google benchmark keeps iterations as repetitions and skips aggregates", "[perf][ingest]") {
  const auto all = parse_fixture("google-benchmark.json", Format::google_benchmark);
  CHECK(all.size() == 6);  // 3 benchmarks x (time and cpu_time)
  const auto& copy = find(all, "BM_StringCopy", "time");
  CHECK(copy.values.size() == 3);
  CHECK(copy.unit == "ns");
  CHECK(copy.direction == Direction::smaller);
  // BM_Sum ran with microseconds: stored as ns.
  const auto& sum = find(all, "BM_Sum/64", "cpu_time");
  REQUIRE(sum.values.size() == 3);
  CHECK(sum.values[0] > 1.0);
}

TEST_CASE("google benchmark with aggregates only takes the mean", "[perf][ingest]") {
  const nlohmann::json json = {
      {"benchmarks",
       {{{"name", "BM_X_mean"}, {"run_name", "BM_X"}, {"run_type", "aggregate"},
         {"aggregate_name", "mean"}, {"real_time", 2.0}, {"cpu_time", 1.5}, {"time_unit", "ms"}},
        {{"name", "BM_X_stddev"}, {"run_name", "BM_X"}, {"run_type", "aggregate"},
         {"aggregate_name", "stddev"}, {"real_time", 0.1}, {"cpu_time", 0.1}, {"time_unit", "ms"}}}}};
  auto all = parse_google_benchmark(json, "gb.json");
  REQUIRE(all.ok());
  CHECK(find(all.value(), "BM_X", "time").values == std::vector<double>{2e6});
}

TEST_CASE("hyperfine times become ns repetitions of wall", "[perf][ingest]") {
  const auto all = parse_fixture("hyperfine.json", Format::hyperfine);
  const auto& wall = find(all, "sleep 0.01", "wall");
  REQUIRE(wall.values.size() == 3);
  CHECK(wall.values[0] > 1e7);  // 10 ms and more
  CHECK(find(all, "sleep 0.01", "user").values.size() == 1);
  CHECK(find(all, "true", "sys").unit == "ns");
}

TEST_CASE("pytest-benchmark rounds are repetitions in ns", "[perf][ingest]") {
  const auto all = parse_fixture("pytest-benchmark.json", Format::pytest_benchmark);
  REQUIRE(all.size() == 2);
  const auto& fib = find(all, "test_tiny.py/test_fib_10", "time");
  CHECK(fib.values.size() == 4);
  CHECK(fib.values[0] > 100);  // microseconds per call, as ns
  CHECK(find(all, "test_tiny.py/test_sorted", "time").values.size() == 5);
}

TEST_CASE("catch2 xml benchmarks carry the test case name and the mean bounds", "[perf][ingest]") {
  const auto all = parse_fixture("catch2.xml", Format::catch2_xml);
  REQUIRE(all.size() == 2);
  const auto& copy = find(all, "strings & vectors/copy <64> \"chars\"", "time");
  CHECK(copy.values == std::vector<double>{13.82});
  CHECK(copy.lower == Approx(12.3815));
  CHECK(copy.upper == Approx(17.5609));
}

TEST_CASE("catch2 xml attributes in any order with single quotes", "[perf][ingest]") {
  const std::string xml =
      "<Catch><TestCase name='t'><BenchmarkResults samples='2' name='a &amp; b'>"
      "<mean upperBound='3' value='2.5' lowerBound='2'/></BenchmarkResults></TestCase></Catch>";
  auto all = parse_catch2_xml(xml, "c.xml");
  REQUIRE(all.ok());
  CHECK(all.value()[0].benchmark == "t/a & b");
  CHECK(all.value()[0].values == std::vector<double>{2.5});
}

TEST_CASE("criterion takes its benchmark id from the path", "[perf][ingest]") {
  const auto all = parse_fixture("criterion/Fibonacci/Recursive/new/estimates.json", Format::criterion);
  REQUIRE(all.size() == 1);
  CHECK(all[0].benchmark == "Fibonacci/Recursive");  // the path after "criterion/"
  CHECK(all[0].values[0] == Approx(19284.2168));
  auto nested = parse_criterion(nlohmann::json::parse(R"({"mean":{"point_estimate":5}})"),
                                "target/criterion/group/fn/20/new/estimates.json");
  REQUIRE(nested.ok());
  CHECK(nested.value()[0].benchmark == "group/fn/20");
}

TEST_CASE("benchee samples or else the median and memory and reductions", "[perf][ingest]") {
  const auto all = parse_fixture("benchee.json", Format::benchee);
  CHECK(find(all, "flat_map/Small", "time").values.size() == 3);
  CHECK(find(all, "flat_map/Small", "memory").values == std::vector<double>{640});
  CHECK(find(all, "map.flatten", "time").values == std::vector<double>{2400});
  CHECK(find(all, "map.flatten", "reductions").unit == "count");
  CHECK(all.size() == 4);  // flat_map has no reductions, map.flatten no memory
}

TEST_CASE("bmf measures get their units and ranges", "[perf][ingest]") {
  const auto all = parse_fixture("bmf.json", Format::bmf);
  const auto& latency = find(all, "parser::parse_ansi", "latency");
  CHECK(latency.lower == Approx(3100));
  const auto& throughput = find(all, "render::frame", "throughput");
  CHECK(throughput.unit == "ops/s");
  CHECK(throughput.direction == Direction::bigger);
}

TEST_CASE("custom units are converted and the direction is the format's", "[perf][ingest]") {
  const auto smaller = parse_fixture("custom.json", Format::custom_smaller);
  CHECK(find(smaller, "parser", "time").values[0] == Approx(3300));
  CHECK(find(smaller, "render", "time").values[0] == Approx(900000));
  CHECK(find(smaller, "memory", "memory").values[0] == Approx(2.8e6));
  const auto bigger = parse_fixture("custom.json", Format::custom_bigger);
  CHECK(find(bigger, "parser", "time").direction == Direction::bigger);
}
