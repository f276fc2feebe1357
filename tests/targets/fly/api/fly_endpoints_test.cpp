// Where the Fly APIs live and how we authenticate: flyctl's variables with their defaults, a
// missing token as an auth error that says what to set, and the Authorization scheme fly-go
// picks for macaroon and plain tokens.
#include "targets/fly/api/fly_endpoints.h"

#include <catch2/catch.hpp>
#include <map>
#include <memory>

using namespace raxol;
using raxol::fly::authorization_value;
using raxol::fly::endpoints_from_environment;

namespace {

// The process environment with every Fly variable hidden, then `values`.
using Vars = std::map<std::string, std::string>;

struct FlyEnv {
  std::unique_ptr<Environment> process = make_process_environment();
  OverlayEnvironment env{process.get()};
  explicit FlyEnv(const Vars& values) {
    for (const char* name :
         {"FLY_FLAPS_BASE_URL", "FLY_API_BASE_URL", "FLY_ACCESS_TOKEN", "FLY_API_TOKEN"})
      env.set(name, std::nullopt);
    for (const auto& [name, value] : values) env.set(name, value);
  }
};

}  // namespace

TEST_CASE("fly endpoints: defaults / overrides and the token's precedence", "[fly][api]") {
  FlyEnv defaults(Vars{{"FLY_API_TOKEN", "plain-token"}});
  auto real = endpoints_from_environment(defaults.env);
  REQUIRE(real.ok());
  CHECK(real->machines_base == "https://api.machines.dev");
  CHECK(real->web_base == "https://api.fly.io");
  CHECK(real->token == "plain-token");

  FlyEnv sandbox(Vars{{"FLY_FLAPS_BASE_URL", "http://127.0.0.1:4280//"},
                  {"FLY_API_BASE_URL", "http://127.0.0.1:4280/"},
                  {"FLY_API_TOKEN", "api-token"},
                  {"FLY_ACCESS_TOKEN", "access-token"}});
  auto local = endpoints_from_environment(sandbox.env);
  REQUIRE(local.ok());
  CHECK(local->machines_base == "http://127.0.0.1:4280");
  CHECK(local->web_base == "http://127.0.0.1:4280");
  CHECK(local->token == "access-token");  // FLY_ACCESS_TOKEN wins, as in flyctl

  FlyEnv empty_access(Vars{{"FLY_ACCESS_TOKEN", ""}, {"FLY_API_TOKEN", "api-token"}});
  CHECK(endpoints_from_environment(empty_access.env)->token == "api-token");
}

TEST_CASE("fly endpoints: no token is an auth error naming the variables", "[fly][api]") {
  FlyEnv none(Vars{});
  auto missing = endpoints_from_environment(none.env);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::auth);
  CHECK(missing.error().message == "no Fly.io token: FLY_API_TOKEN is not set");
  REQUIRE(missing.error().notes.size() == 2);
  CHECK(missing.error().notes[0].find("fly tokens create deploy") != std::string::npos);
  CHECK(missing.error().notes[1].find("--sandbox") != std::string::npos);
}

TEST_CASE("fly endpoints: the Authorization scheme follows the token", "[fly][api]") {
  CHECK(authorization_value("abc123") == "Bearer abc123");
  CHECK(authorization_value("Bearer abc123") == "Bearer abc123");
  CHECK(authorization_value("fm2_xyz") == "FlyV1 fm2_xyz");
  CHECK(authorization_value("FlyV1 fm1r_xyz") == "FlyV1 fm1r_xyz");
  CHECK(authorization_value("fm1a_one,fm2_two") == "FlyV1 fm1a_one,fm2_two");
  CHECK(authorization_value("plain, fm2_two") == "FlyV1 plain, fm2_two");
  CHECK(authorization_value("xfm2_not") == "Bearer xfm2_not");
}
