// Who may use the registry: the 401 challenge of bearer mode, Basic mode, refused and expired
// credentials (always in the distribution envelope, never echoing the credential), a refused
// request's body read to its end, and repository names checked against the spec's grammar.
#include <catch2/catch.hpp>

#include "sandbox/registry/registry_client.h"
#include "support/fake_clock.h"
#include "support/sandbox_fixture.h"

using namespace raxol::test;
using namespace raxol::test::registry;

TEST_CASE("registry auth: an unauthorised ping gets the Bearer challenge", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  auto ping = client.send("GET", "/v2/", "", {}, "");
  CHECK(ping.status == 401);
  CHECK(ping.header("WWW-Authenticate") ==
        "Bearer realm=\"" + client.base_url() + "/token\",service=\"" + client.host() + "\"");
  CHECK(ping.header("Docker-Distribution-API-Version") == "registry/2.0");
  CHECK(ping.code() == "UNAUTHORIZED");
  CHECK(ping.document["errors"][0]["message"] == "authentication required");

  // A repository path names the scope it needs, and the access in the error's detail.
  auto pull = client.send("GET", "/v2/team/app/manifests/v1", "", {}, "");
  CHECK(pull.status == 401);
  CHECK(pull.header("WWW-Authenticate").find(",scope=\"repository:team/app:pull\"") !=
        std::string::npos);
  CHECK(pull.document["errors"][0]["detail"][0]["Name"] == "team/app");
  auto push = client.send("POST", "/v2/team/app/blobs/uploads/", "", {}, "");
  CHECK(push.header("WWW-Authenticate").find("scope=\"repository:team/app:pull,push\"") !=
        std::string::npos);
}

TEST_CASE("registry auth: a refused request's body is read to its end", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  auto upload = client.send("POST", "/v2/app/blobs/uploads/");
  REQUIRE(upload.status == 202);
  // On one kept-alive connection: a refused chunk, then a request that must parse cleanly.
  const std::string chunk(200'000, 'z');
  auto refused = client.send("PATCH", upload.header("Location"), chunk, {}, basic("wrong"));
  CHECK(refused.status == 401);
  auto status = client.send("GET", upload.header("Location"));
  CHECK(status.status == 204);
  CHECK(status.header("Range") == "0-0");
  auto refused_too = client.send("PUT", "/v2/app/manifests/v1", chunk, {}, "Bearer nope");
  CHECK(refused_too.status == 401);
  CHECK(client.send("GET", "/v2/").status == 200);
}

TEST_CASE("registry auth: refused credentials answer 401 in the envelope", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  auto wrong = client.send("GET", "/v2/", "", {}, basic("not-the-token"));
  CHECK(wrong.status == 401);
  CHECK(wrong.code() == "UNAUTHORIZED");
  CHECK(wrong.body.find("not-the-token") == std::string::npos);
  CHECK(wrong.header("WWW-Authenticate").find("error=") == std::string::npos);
  auto bad_token = client.send("GET", "/v2/", "", {}, "Bearer sandbox-registry-forged");
  CHECK(bad_token.status == 401);
  CHECK(bad_token.code() == "UNAUTHORIZED");
  CHECK(bad_token.header("WWW-Authenticate").find(",error=\"invalid_token\"") != std::string::npos);
  // The Fly token itself is a password, not a bearer token.
  CHECK(client.send("GET", "/v2/", "", {}, "Bearer " + client.fly_token()).status == 401);
  // Any user name goes with the token, as registry.fly.io's "x".
  CHECK(client.send("GET", "/v2/", "", {}, basic(client.fly_token(), "anyone")).status == 200);
  // A second token from the settings counts too: the Fly emulator's own definition.
  box.patch_settings({{"fly", {{"tokens", {{"second-token", "ops@sandbox.local"}}}}}});
  CHECK(client.send("GET", "/v2/", "", {}, basic("second-token")).status == 200);
}

TEST_CASE("registry auth: an issued token expires on the emulator's clock", "[sandbox][registry]") {
  FakeClock clock;
  SandboxFixture box(json{{"registry", {{"token_ttl_seconds", 60}}}}, &clock);
  RegistryClient client(box.sandbox());
  auto issued =
      client.send("GET", "/token?service=" + client.host() + "&scope=repository:app:pull");
  REQUIRE(issued.status == 200);
  CHECK(issued.document["expires_in"] == 60);
  const std::string bearer = "Bearer " + issued.document["token"].get<std::string>();
  CHECK(client.send("GET", "/v2/", "", {}, bearer).status == 200);
  clock.advance(std::chrono::seconds(59));
  CHECK(client.send("GET", "/v2/", "", {}, bearer).status == 200);
  clock.advance(std::chrono::seconds(1));
  auto expired = client.send("GET", "/v2/", "", {}, bearer);
  CHECK(expired.status == 401);
  CHECK(expired.header("WWW-Authenticate").find("error=\"invalid_token\"") != std::string::npos);
}

TEST_CASE("registry auth: Basic mode challenges Basic and takes only Basic",
          "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  auto issued = client.send("GET", "/token?service=" + client.host());
  REQUIRE(issued.status == 200);
  const std::string bearer = "Bearer " + issued.document["token"].get<std::string>();

  box.patch_settings({{"registry", {{"auth", "basic"}}}});
  auto ping = client.send("GET", "/v2/", "", {}, "");
  CHECK(ping.status == 401);
  CHECK(ping.header("WWW-Authenticate") == "Basic realm=\"" + client.host() + "\"");
  CHECK(ping.code() == "UNAUTHORIZED");
  CHECK(client.send("GET", "/v2/", "", {}, basic(client.fly_token(), "x")).status == 200);
  CHECK(client.send("GET", "/v2/").document == json::object());
  // No token service in this mode, as registry.fly.io has none.
  CHECK(client.send("GET", "/v2/", "", {}, bearer).status == 401);
  auto token = client.send("GET", "/token?service=" + client.host());
  CHECK(token.status == 404);
  CHECK(token.code() == "UNSUPPORTED");
}

TEST_CASE("registry auth: repository names follow the spec's grammar", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  for (const std::string name : {"Upper", "a//b", "-lead", "trail-", "a..b", "a/_b"}) {
    INFO(name);
    auto answer = client.send("GET", "/v2/" + name + "/tags/list");
    CHECK(answer.status == 400);
    CHECK(answer.code() == "NAME_INVALID");
  }
  for (const std::string name : {"a", "team/app", "a/b/c", "my_app", "my__app", "my--app.v2"}) {
    INFO(name);
    CHECK(client.send("GET", "/v2/" + name + "/tags/list").code() == "NAME_UNKNOWN");
  }
}
