// targets/config_files: the registry folder names the one kind with config-file hooks (Fly).
#include "targets/config_files.h"

#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::test::TempDir;
using raxol::test::write_file;

TEST_CASE("config files: the hooks are Fly's and the same object every time",
          "[targets][config_files]") {
  const raxol::ConfigFileHooks* hooks = raxol::config_file_hooks();
  REQUIRE(hooks != nullptr);
  CHECK(hooks == raxol::config_file_hooks());
  REQUIRE(static_cast<bool>(hooks->show));
  REQUIRE(static_cast<bool>(hooks->validate));

  raxol::fly::test::FlyTestContext fly;
  TempDir dir;
  write_file(dir / "fly.toml", "app = \"registry-app\"\n");
  auto validated = hooks->validate(fly.context(), (dir / "fly.toml").string());
  REQUIRE(validated.ok());
  CHECK(validated->document["app"] == "registry-app");
}
