// The registry's knobs: defaults, overlay, and malformed values that keep the default.
#include "sandbox/registry/registry_settings.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace raxol::sandbox::registry;
using nlohmann::json;

TEST_CASE("registry settings: defaults and overlay", "[sandbox][registry]") {
  raxol::test::TempDir dir;
  raxol::sandbox::StateFile settings(dir / "settings.json", json::object());
  auto defaults = read_registry_settings(settings);
  CHECK(defaults.auth == "bearer");
  CHECK_FALSE(defaults.basic_only());
  CHECK(defaults.token_ttl_seconds == 300);
  settings.update([](json& document) {
    document["registry"] = {{"auth", "basic"}, {"token_ttl_seconds", 30}};
    return true;
  });
  auto basic = read_registry_settings(settings);
  CHECK(basic.basic_only());
  CHECK(basic.token_ttl_seconds == 30);
  settings.update([](json& document) {
    document["registry"] = {{"auth", 7}, {"token_ttl_seconds", "soon"}};
    return true;
  });
  auto malformed = read_registry_settings(settings);
  CHECK(malformed.auth == "bearer");
  CHECK(malformed.token_ttl_seconds == 300);
}
