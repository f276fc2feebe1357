// The command line as users and CI see it: the real binary, its streams and exit codes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_binary.h"

using raxol::test::run_binary;

TEST_CASE("cli: --version and version --json", "[cli]") {
  auto plain = run_binary({"--version"});
  CHECK(plain.exit_code == 0);
  CHECK(plain.out.rfind("raxol-deploy ", 0) == 0);

  auto json = run_binary({"version", "--json"});
  REQUIRE(json.exit_code == 0);
  CHECK(nlohmann::json::parse(json.out)["name"] == "raxol-deploy");
}

TEST_CASE("cli: global flags work before and after the command", "[cli]") {
  auto before = run_binary({"--json", "version"});
  auto after = run_binary({"version", "--json"});
  REQUIRE(before.exit_code == 0);
  REQUIRE(after.exit_code == 0);
  CHECK(nlohmann::json::parse(before.out) == nlohmann::json::parse(after.out));
}

TEST_CASE("cli: unknown command or flag is a usage error with exit code 2", "[cli]") {
  auto unknown = run_binary({"frobnicate"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("error:") != std::string::npos);

  auto bad_flag = run_binary({"version", "--no-such-flag"});
  CHECK(bad_flag.exit_code == 2);

  auto json = run_binary({"--json", "version", "--no-such-flag"});
  CHECK(json.exit_code == 2);
  CHECK(nlohmann::json::parse(json.out)["error"]["kind"] == "usage");
}

TEST_CASE("cli: -C to a missing directory is a usage error", "[cli]") {
  auto result = run_binary({"-C", "/nonexistent/raxol-dir", "version"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("/nonexistent/raxol-dir") != std::string::npos);
}

TEST_CASE("cli: no command prints help and exits 2", "[cli]") {
  auto result = run_binary({});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("Usage") != std::string::npos);
}

TEST_CASE("cli: a misread command line exits 2 in our words, never CLI11's", "[cli]") {
  auto typo = run_binary({"statuss"});
  CHECK(typo.exit_code == 2);
  CHECK(typo.err.find("did you mean 'status'?") != std::string::npos);

  auto flag = run_binary({"--json", "deploy", "--imag", "x"});
  CHECK(flag.exit_code == 2);
  const auto envelope = nlohmann::json::parse(flag.out);
  CHECK(envelope.size() == 1);
  CHECK(envelope["error"]["kind"] == "usage");
  CHECK(envelope["error"]["message"] == "'deploy' has no option --imag; did you mean --image?");

  auto group = run_binary({"secrets"});
  CHECK(group.exit_code == 2);
  CHECK(group.err.find("set, list, unset, deploy") != std::string::npos);

  auto extras = run_binary({"status", "fly", "3", "count", "scale"});
  CHECK(extras.exit_code == 2);
  CHECK(extras.err.find("3 count scale") != std::string::npos);

  auto range = run_binary({"exec", "fly", "--timeout", "99999", "--", "ls"});
  CHECK(range.exit_code == 2);
  CHECK(range.err.find("--timeout 99999: expected a whole number from 1 to 3600") !=
        std::string::npos);
  CHECK(range.err.find("0.000000") == std::string::npos);
}
