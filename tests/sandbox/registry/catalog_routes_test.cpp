// The root of the API: the version check and the catalog of repositories.
#include <catch2/catch.hpp>

#include "sandbox/registry/registry_client.h"
#include "support/sandbox_fixture.h"

using namespace raxol::test;
using namespace raxol::test::registry;

TEST_CASE("registry catalog: the ping and the repositories paged", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  for (const std::string path : {"/v2/", "/v2"}) {
    auto ping = client.send("GET", path);
    CHECK(ping.status == 200);
    CHECK(ping.body == "{}");
    CHECK(ping.header("Docker-Distribution-API-Version") == "registry/2.0");
  }
  CHECK(client.send("GET", "/v2/_catalog").document == json{{"repositories", json::array()}});
  for (const std::string name : {"zeta", "alpha/one", "alpha"}) client.push_blob(name, "x");
  CHECK(client.send("GET", "/v2/_catalog").document["repositories"] ==
        json{"alpha", "alpha/one", "zeta"});
  auto page = client.send("GET", "/v2/_catalog?n=1");
  CHECK(page.document["repositories"] == json{"alpha"});
  CHECK(page.header("Link") == "</v2/_catalog?n=1&last=alpha>; rel=\"next\"");
  CHECK(client.send("GET", "/v2/_catalog", "", {}, "").status == 401);
}
