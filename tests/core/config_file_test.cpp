// core/config_file: `config show` and `config validate` reach the kind that reads a config
// file of its own (fly.toml) through the registry, and pass its answer on unchanged.
#include "core/config_file.h"

#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::test::TempDir;
using raxol::test::write_file;

TEST_CASE("config file: show and validate go to the fly.toml reader", "[core][config_file]") {
  raxol::fly::test::FlyTestContext fly;
  TempDir dir;
  write_file(dir / "fly.toml", "app = \"core-app\"\nprimary_region = \"lhr\"\n");
  const std::string file = (dir / "fly.toml").string();
  auto shown = raxol::show_config_file(fly.context(), file, "");
  REQUIRE(shown.ok());
  CHECK(shown->document["app"] == "core-app");
  CHECK(shown->document["process_groups"].contains("app"));
  auto validated = raxol::validate_config_file(fly.context(), file);
  REQUIRE(validated.ok());
  CHECK(validated->document["valid"] == true);
  CHECK(validated->summary.find("is valid: app core-app") != std::string::npos);
}

TEST_CASE("config file: the reader's errors come back as they are", "[core][config_file]") {
  raxol::fly::test::FlyTestContext fly;
  TempDir dir;
  write_file(dir / "fly.toml", "app = \"core-app\"\n[http_service\n");
  auto broken = raxol::validate_config_file(fly.context(), (dir / "fly.toml").string());
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().kind == raxol::ErrorKind::config);
  CHECK(broken.error().message.find("fly.toml") != std::string::npos);
  auto group = raxol::show_config_file(fly.context(), (dir / "absent.toml").string(), "web");
  CHECK_FALSE(group.ok());
}
