#include <catch2/catch.hpp>

#include "perf/render/units.h"

using namespace raxol::perf::render;

TEST_CASE("perf render units: times step ns to us to ms to s", "[perf][render]") {
  CHECK(format_value("ns", 950) == "950 ns");
  CHECK(format_value("ns", 3270) == "3.27 µs");
  CHECK(format_value("ns", 912000) == "912 µs");
  CHECK(format_value("ns", 1.5e6) == "1.50 ms");
  CHECK(format_value("ns", 2.25e9) == "2.25 s");
}

TEST_CASE("perf render units: bytes use util format_bytes and ops/s step by thousands",
          "[perf][render]") {
  CHECK(format_value("bytes", 512) == "512 B");
  CHECK(format_value("bytes", 2.8e6) == "2.7 MiB");
  CHECK(format_value("ops/s", 41000) == "41.0 k ops/s");
  CHECK(format_value("ops/s", 2.5e6) == "2.50 M ops/s");
  CHECK(format_value("count", 12) == "12.0");
  CHECK(scale_for("bytes", 3 * 1024.0 * 1024).label == "MiB");
  CHECK(scale_for("ns", 5e5).label == "µs");
  CHECK(scale_for("furlongs", 5).label == "furlongs");
}

TEST_CASE("perf render units: change and coordinates are locale-free", "[perf][render]") {
  CHECK(format_change(0.1234) == "+12.3 %");
  CHECK(format_change(-0.004) == "-0.4 %");
  CHECK(format_change(0) == "+0.0 %");
  CHECK(coord(12.345) == "12.3");
  CHECK(coord(-0.01) == "0.0");
}
