// `version` and the global --version: the same version, the latter only before a command.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_binary.h"

using raxol::test::run_binary;

TEST_CASE("version command: text, JSON, and --version before the command only",
          "[commands][version]") {
  auto text = run_binary({"version"});
  REQUIRE(text.exit_code == 0);
  auto flag = run_binary({"--version"});
  REQUIRE(flag.exit_code == 0);
  CHECK(text.out == flag.out);
  auto json = run_binary({"version", "--json"});
  REQUIRE(json.exit_code == 0);
  CHECK(text.out == "raxol-deploy " + nlohmann::json::parse(json.out)["version"].get<std::string>() +
                        "\n");
  auto after = run_binary({"status", "--version"});
  CHECK(after.exit_code == 2);
  CHECK(after.out.empty());
}
