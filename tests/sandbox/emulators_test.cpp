// The one list of emulators: which services the sandbox runs, which paths each answers (the
// request log and fault rules attribute requests by it), and the envelope of each.
#include <catch2/catch.hpp>

#include "sandbox/emulator.h"
#include "support/fake_clock.h"
#include "support/run_binary.h"

using namespace raxol::sandbox;
using nlohmann::json;

TEST_CASE("emulators: the list, their paths and envelopes", "[sandbox]") {
  raxol::test::TempDir state;
  raxol::test::FakeClock clock;
  StateFile settings(state / "settings.json", json::object());
  auto emulators = make_emulators({state.path(), "http://127.0.0.1:1", &settings, &clock});
  REQUIRE(emulators.size() == 4);
  auto owner = [&](std::string_view path) {
    std::string names;
    for (const auto& emulator : emulators)
      if (emulator.serves(path)) names += emulator.name;
    return names;
  };
  CHECK(owner("/v1/apps") == "fly");
  CHECK(owner("/api/v1/apps/x/logs") == "fly");
  CHECK(owner("/graphql") == "fly");
  CHECK(owner("/client/v4/accounts") == "cloudflare-pages");
  CHECK(owner("/_sandbox/sites/site/") == "cloudflare-pages");
  CHECK(owner("/api/v3/repos/o/r/pages") == "github");
  CHECK(owner("/octo/site.git/info/refs") == "github");
  CHECK(owner("/octo/site.git") == "github");
  CHECK(owner("/octo/.git/info/refs") == "");
  CHECK(owner("/octo/site/info/refs") == "");
  CHECK(owner("/__sandbox/health") == "");
  CHECK(owner("/v2/") == "registry");
  CHECK(owner("/v2") == "registry");
  CHECK(owner("/v2/team/app/manifests/v1") == "registry");
  CHECK(owner("/token") == "registry");
  CHECK(owner("/v22/x") == "");

  CHECK(emulators[0].envelope->error(500, "x", 0) == json{{"error", "x"}});
  CHECK(emulators[1].envelope->error(500, "x", 0)["errors"][0]["code"] == 8000000);
  CHECK(emulators[2].envelope->error(500, "x", 0)["message"] == "x");
  CHECK(emulators[3].envelope->error(404, "x", 0)["errors"][0]["code"] == "NAME_UNKNOWN");
  std::map<std::string, std::string> env;
  for (const auto& emulator : emulators) emulator.export_environment(env);
  CHECK(env.at("FLY_API_TOKEN") == "sandbox-fly-token");
  CHECK(env.at("CLOUDFLARE_API_BASE_URL") == "http://127.0.0.1:1/client/v4");
  CHECK(env.at("GITHUB_API_URL") == "http://127.0.0.1:1/api/v3");
  CHECK(env.at("FLY_REGISTRY_HOST") == "127.0.0.1:1");
}
