// The tag list: sorted lexically, paged with n and last, and the Link header to the next page.
#include <catch2/catch.hpp>

#include "sandbox/registry/registry_client.h"
#include "support/sandbox_fixture.h"

using namespace raxol::test;
using namespace raxol::test::registry;

TEST_CASE("registry tags: sorted and paged with n last and Link", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  client.push_image("team/app", "v10");
  const std::string image = client.send("GET", "/v2/team/app/manifests/v10").body;
  for (const std::string tag : {"v2", "b", "a", "latest"})
    REQUIRE(client.put_manifest("team/app", tag, image, kOciManifest).status == 201);

  auto all = client.send("GET", "/v2/team/app/tags/list");
  CHECK(all.status == 200);
  CHECK(all.document == json{{"name", "team/app"}, {"tags", {"a", "b", "latest", "v10", "v2"}}});
  CHECK(all.header("Link").empty());

  std::vector<std::string> pages;
  std::string next = "/v2/team/app/tags/list?n=2";
  while (!next.empty()) {
    auto page = client.send("GET", next);
    REQUIRE(page.status == 200);
    pages.push_back(page.document["tags"].dump());
    const std::string link = page.header("Link");
    next = link.empty() ? "" : link.substr(1, link.find('>') - 1);
    if (!link.empty()) CHECK(link.substr(link.find('>')) == ">; rel=\"next\"");
  }
  CHECK(pages == std::vector<std::string>{R"(["a","b"])", R"(["latest","v10"])", R"(["v2"])"});
  CHECK(client.send("GET", "/v2/team/app/tags/list?n=2").header("Link") ==
        "</v2/team/app/tags/list?n=2&last=b>; rel=\"next\"");
  CHECK(client.send("GET", "/v2/team/app/tags/list?last=latest").document["tags"] ==
        json{"v10", "v2"});
  CHECK(client.send("GET", "/v2/team/app/tags/list?last=c").document["tags"] ==
        json{"latest", "v10", "v2"});
  auto none = client.send("GET", "/v2/team/app/tags/list?n=0");
  CHECK(none.document["tags"] == json::array());
  CHECK(none.header("Link").empty());
  CHECK(client.send("GET", "/v2/team/app/tags/list?n=-1").code() == "UNSUPPORTED");
  CHECK(client.send("GET", "/v2/team/app/tags/list?n=many").status == 400);
  auto unknown = client.send("GET", "/v2/team/other/tags/list");
  CHECK(unknown.status == 404);
  CHECK(unknown.code() == "NAME_UNKNOWN");
}
