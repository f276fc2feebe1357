// `logs`: JSON lines limited by -n, and bad input.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "e2e/fly_e2e_helpers.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("logs command: --json is one object a line and -n limits them", "[commands][logs]") {
  SandboxFixture box;
  FlyProject project("logs-app");
  REQUIRE(
      run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/l:v1"}).exit_code ==
      0);
  auto all = run_cli_in(box, project, {"--json", "logs", "fly"});
  INFO(all.err);
  REQUIRE(all.exit_code == 0);
  std::istringstream lines(all.out);
  std::string line;
  size_t count = 0;
  while (std::getline(lines, line)) {
    const json entry = json::parse(line);
    CHECK(entry.contains("message"));
    ++count;
  }
  REQUIRE(count >= 2);

  auto one = run_cli_in(box, project, {"--json", "logs", "fly", "-n", "1"});
  REQUIRE(one.exit_code == 0);
  CHECK(std::count(one.out.begin(), one.out.end(), '\n') == 1);
}

TEST_CASE("logs command: a bad line count or target is a usage error", "[commands][logs]") {
  SandboxFixture box;
  FlyProject project("logs-bad");
  auto zero = run_cli_in(box, project, {"logs", "fly", "-n", "0"});
  CHECK(zero.exit_code == 2);
  CHECK(zero.err.find("--lines") != std::string::npos);
  auto fraction = run_cli_in(box, project, {"logs", "fly", "--lines", "2.5"});
  CHECK(fraction.exit_code == 2);
  auto unknown = run_cli_in(box, project, {"logs", "nope"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no target named 'nope'") != std::string::npos);
}
