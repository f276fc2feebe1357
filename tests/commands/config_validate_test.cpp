// `config validate` through the real binary: exit codes, streams, JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_binary.h"

using nlohmann::json;
using raxol::test::reference_path;
using raxol::test::run_binary;
using raxol::test::source_path;

namespace {

std::filesystem::path bad_inputs() { return source_path("tests/fixtures/fly"); }

// The first "error: " line on stderr, without the prefix.
std::string error_line(const std::string& err) {
  auto start = err.find("error: ");
  if (start == std::string::npos) return {};
  start += 7;
  return err.substr(start, err.find('\n', start) - start);
}

}  // namespace

TEST_CASE("config commands: validate reports a valid fly.toml", "[fly][config][commands]") {
  raxol::test::TempDir dir;
  std::filesystem::copy_file(reference_path("raxol/fly.toml"), dir / "fly.toml");

  auto human = run_binary({"config", "validate"}, {}, dir.path());
  CHECK(human.exit_code == 0);
  CHECK(human.out.empty());
  CHECK(human.err == "✓ fly.toml is valid: app raxol, process groups: app\n");

  auto with_c = run_binary({"-C", dir.path().string(), "config", "validate", "--json"});
  REQUIRE(with_c.exit_code == 0);
  CHECK(json::parse(with_c.out) == json{{"valid", true},
                                        {"file", "fly.toml"},
                                        {"app", "raxol"},
                                        {"primary_region", "sjc"},
                                        {"process_groups", {"app"}},
                                        {"warnings", json::array()}});
}

TEST_CASE("config commands: unknown keys are warnings", "[fly][config][commands]") {
  auto json_run =
      run_binary({"config", "validate", "--json", "unknown-keys.toml"}, {}, bad_inputs());
  REQUIRE(json_run.exit_code == 0);
  CHECK(json::parse(json_run.out) ==
        json::parse(R"({"valid":true,"file":"unknown-keys.toml","app":"raxol",
          "primary_region":"sjc","process_groups":["app"],"warnings":[
          {"location":"unknown-keys.toml:3:1","key":"bogus","message":"unknown key, ignored"},
          {"location":"unknown-keys.toml:7:3","key":"http_service.colour",
           "message":"unknown key, ignored"}]})"));

  auto human = run_binary({"config", "validate", "unknown-keys.toml"}, {}, bad_inputs());
  CHECK(human.exit_code == 0);
  CHECK(human.err.find("warning: unknown-keys.toml:3:1: bogus: unknown key, ignored\n") !=
        std::string::npos);
  CHECK(human.err.find("✓ unknown-keys.toml is valid: app raxol") != std::string::npos);
}

TEST_CASE("config commands: bad input exits 2 with FILE:LINE:COL", "[fly][config][commands]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"malformed.toml",
       "malformed.toml:3:17: Error while parsing key-value pair: expected value, saw '\\n'"},
      {"wrong-type.toml",
       "wrong-type.toml:4:19: http_service.internal_port: expected an integer from 1 to 65535, "
       "found \"8080\""},
      {"unknown-strategy.toml",
       "unknown-strategy.toml:4:14: deploy.strategy: expected one of rolling, immediate, canary, "
       "bluegreen, found \"rolling-eyes\""},
      {"port-out-of-range.toml",
       "port-out-of-range.toml:8:12: services[0].ports[0].port: expected an integer from 1 to "
       "65535, found 70000"},
      {"internal-port-out-of-range.toml",
       "internal-port-out-of-range.toml:4:19: http_service.internal_port: expected an integer "
       "from 1 to 65535, found 0"},
      {"missing-app.toml",
       "missing-app.toml:1:1: app: expected the Fly app name (app = \"NAME\"), found no app key"},
      {"undefined-process-group.toml",
       "undefined-process-group.toml:8:16: services[0].processes[0]: expected a process group "
       "defined in [processes] (web), found \"worker\""},
      {"bad-duration.toml",
       "bad-duration.toml:2:16: kill_timeout: expected a duration such as \"10s\" or \"1m30s\", "
       "found \"10 seconds\""},
      {"bad-memory.toml",
       "bad-memory.toml:4:12: vm[0].memory: expected a memory size such as \"512mb\" or \"1gb\", "
       "found \"lots\""},
      {"check-without-port.toml",
       "check-without-port.toml:3:1: checks.alive: Check 'alive' for process group 'app' has no "
       "port set and the group has no http_service to take it from"},
  };
  for (const auto& [file, message] : cases) {
    INFO(file);
    auto result = run_binary({"config", "validate", file}, {}, bad_inputs());
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(error_line(result.err) == message);

    auto as_json = run_binary({"--json", "config", "validate", file}, {}, bad_inputs());
    CHECK(as_json.exit_code == 2);
    auto document = json::parse(as_json.out);
    CHECK(document["error"]["kind"] == "config");
    CHECK(document["error"]["message"] == message);
  }
}

TEST_CASE("config commands: a missing fly.toml is a config error", "[fly][config][commands]") {
  raxol::test::TempDir dir;
  auto result = run_binary({"config", "validate"}, {}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK(error_line(result.err) == "fly.toml: no such file");
}

TEST_CASE("config commands: show does not need app, validate does", "[fly][config][commands]") {
  auto show = run_binary({"config", "show", "--json", "missing-app.toml"}, {}, bad_inputs());
  REQUIRE(show.exit_code == 0);
  CHECK(json::parse(show.out)["app"] == "");
  auto validate = run_binary({"config", "validate", "missing-app.toml"}, {}, bad_inputs());
  CHECK(validate.exit_code == 2);

  auto bad = run_binary({"config", "show", "unknown-strategy.toml"}, {}, bad_inputs());
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.empty());
}
