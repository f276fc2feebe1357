// `deploy` through the real binary: a command line that could be misread deploys nothing.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fly_e2e_helpers.h"

using namespace raxol::test;

namespace {
const char* kImage = "registry.fly.io/deploy-test:v1";
}  // namespace

TEST_CASE("deploy command: --image followed by a flag exits 2 and deploys nothing",
          "[commands][deploy]") {
  SandboxFixture box;
  FlyProject project("deploy-test");
  auto result = run_cli_in(box, project, {"deploy", "fly", "--image", "--dry-run"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("--image needs a value") != std::string::npos);
  CHECK(box.sandbox().requests().entries().empty());  // not even a read
  CHECK(box.fly_call("GET", "/v1/apps/" + project.app).status == 404);  // no app, no machines
}

TEST_CASE("deploy command: --version after the command is not the version", "[commands][deploy]") {
  SandboxFixture box;
  FlyProject project("deploy-test");
  auto result = run_cli_in(box, project, {"deploy", "fly", "--image", kImage, "--version"});
  CHECK(result.exit_code == 2);
  CHECK(result.out.find("raxol-deploy ") == std::string::npos);
  CHECK(result.err.find("'deploy' has no option --version") != std::string::npos);
  CHECK(box.fly_call("GET", "/v1/apps/" + project.app).status == 404);  // no app, no machines

  auto secrets = run_cli_in(box, project, {"secrets", "set", "fly", "X=1", "--version"});
  CHECK(secrets.exit_code == 2);
  CHECK(secrets.out.find("raxol-deploy ") == std::string::npos);
}

TEST_CASE("deploy command: a kind option the target does not take names the kinds that do",
          "[commands][deploy]") {
  auto result = run_binary({"-C", source_path("examples/raxol").string(), "deploy", "pages",
                            "--image", "x"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("--image is not an option of pages (cloudflare-pages); it is taken by fly") !=
        std::string::npos);
}

TEST_CASE("deploy command: deploy is audited once with its facts, dry runs are not",
          "[commands][deploy]") {
  SandboxFixture box;
  FlyProject project("deploy-test");
  REQUIRE(run_cli_in(box, project, {"deploy", "fly", "--image", kImage, "--dry-run"}).exit_code == 0);
  auto deployed = run_cli_in(box, project, {"deploy", "fly", "--image", kImage});
  INFO(deployed.err);
  REQUIRE(deployed.exit_code == 0);
  auto history = run_cli_in(box, project, {"history", "--json"});
  REQUIRE(history.exit_code == 0);
  auto entries = nlohmann::json::parse(history.out)["history"];
  REQUIRE(entries.size() == 1);
  CHECK(entries[0]["action"] == "deploy");
  CHECK(entries[0]["target"] == "fly");
  CHECK(entries[0]["kind"] == "fly");
  CHECK(entries[0]["result"] == "deployed");
  CHECK(entries[0]["release_after"] == "v1");
  CHECK(entries[0]["duration_seconds"].get<double>() > 0);
}
