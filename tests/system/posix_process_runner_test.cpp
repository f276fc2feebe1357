#include <catch2/catch.hpp>
#include <csignal>

#include "raxol/process.h"

using namespace raxol;

TEST_CASE("process runner: captures stdout, stderr and exit code", "[system][process]") {
  auto runner = make_posix_process_runner();
  auto result = runner->run(ProcessSpec({"sh", "-c", "echo out; echo err >&2; exit 3"}));
  REQUIRE(result.ok());
  CHECK(result->exit_code == 3);
  CHECK(result->out == "out\n");
  CHECK(result->err == "err\n");
}

TEST_CASE("process runner: stdin, env and cwd reach the child", "[system][process]") {
  auto runner = make_posix_process_runner();
  ProcessSpec spec({"sh", "-c", "cat; printf %s \"$RAXOL_TEST_VALUE\"; pwd"});
  spec.stdin_data = "from-stdin\n";
  spec.env["RAXOL_TEST_VALUE"] = "from-env\n";
  spec.cwd = "/tmp";
  auto result = runner->run(spec);
  REQUIRE(result.ok());
  CHECK(result->out == "from-stdin\nfrom-env\n/tmp\n");
}

TEST_CASE("process runner: large output does not deadlock", "[system][process]") {
  auto runner = make_posix_process_runner();
  auto result = runner->run(ProcessSpec({"sh", "-c", "head -c 1000000 /dev/zero; head -c 300000 /dev/zero >&2"}));
  REQUIRE(result.ok());
  CHECK(result->out.size() == 1000000);
  CHECK(result->err.size() == 300000);
}

TEST_CASE("process runner: timeout kills the child", "[system][process]") {
  auto runner = make_posix_process_runner();
  ProcessSpec spec({"sleep", "5"});
  spec.timeout = std::chrono::milliseconds(200);
  auto result = runner->run(spec);
  REQUIRE(result.ok());
  CHECK(result->timed_out);
  CHECK(result->signal == SIGKILL);
}

TEST_CASE("process runner: a missing program is an error", "[system][process]") {
  auto runner = make_posix_process_runner();
  auto result = runner->run(ProcessSpec({"raxol-no-such-program-xyz"}));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().message.find("raxol-no-such-program-xyz") != std::string::npos);
}
