// The fly.toml model's helpers: autostop names and the location of a key, falling back to its
// enclosing table and then to the file alone.
#include "targets/fly/config/fly_config.h"

#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using namespace raxol::fly;

TEST_CASE("fly config model: autostop names", "[fly][config]") {
  CHECK(std::string(autostop_name(Autostop::off)) == "off");
  CHECK(std::string(autostop_name(Autostop::stop)) == "stop");
  CHECK(std::string(autostop_name(Autostop::suspend)) == "suspend");
}

TEST_CASE("fly config model: a key's location steps out to its table", "[fly][config]") {
  auto loaded = test::parse("app = \"x\"\n\n[[services]]\n  internal_port = 80\n"
                            "  [[services.ports]]\n    port = 443\n");
  const FlyConfig& config = loaded.config;
  CHECK(config.location("services[0].ports[0].port").to_string() == "fly.toml:6:12");
  // Not written: the nearest enclosing value that was.
  CHECK(config.location("services[0].ports[0].handlers").line == 5);
  CHECK(config.location("services[0].no_such_key").line == 3);
  raxol::SourceLocation nowhere = config.location("bogus.key");
  CHECK(nowhere.file == "fly.toml");
  CHECK(nowhere.line == 0);
}
