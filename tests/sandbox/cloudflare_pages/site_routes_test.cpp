// The deployed sites the Cloudflare emulator serves at /_sandbox/sites/<host>/<path>: hosts
// of production, a deployment and a branch alias; _headers and _redirects; asset lookup with
// the single-page fallback and 404.html; plain-text 404s.
#include <catch2/catch.hpp>

#include "sandbox/cloudflare_pages/pages_api.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("pages emulator: the served site, with _headers and _redirects", "[pages][sandbox]") {
  SandboxFixture box;
  PagesApi api(box);
  api.create_project("site");
  api.upload(api.jwt("site"), {{kIndexKey, "<h1>hi</h1>"}, {kCssKey, "body{}"}});
  auto created = api.deploy("site", {{"/index.html", kIndexKey}, {"/css/app.css", kCssKey}}, "main",
                            "/css/*\n  Cache-Control: max-age=60\n/*\n  X-Frame-Options: DENY\n",
                            "/old /index.html 301\n/docs/* https://docs.example/:splat 302\n");
  REQUIRE(created.status == 200);
  const std::string short_id = created.body["result"]["short_id"];
  auto index = api.site("site/");
  CHECK(index.status == 200);
  CHECK(index.body == "<h1>hi</h1>");
  CHECK(index.header("Content-Type") == "text/html");  // what PagesApi::upload declared
  CHECK(index.header("X-Sandbox-Deployment") == created.body["result"]["id"]);
  CHECK(index.header("X-Frame-Options") == "DENY");
  auto css = api.site(short_id + ".site.pages.dev/css/app.css");
  CHECK(css.body == "body{}");
  CHECK(css.header("Cache-Control") == "max-age=60");
  CHECK(api.site("main.site.pages.dev/index").body == "<h1>hi</h1>");
  auto moved = api.site("site/old");
  CHECK(moved.status == 301);
  CHECK(moved.header("Location") == "/index.html");
  CHECK(api.site("site/docs/a/b").header("Location") == "https://docs.example/a/b");
  CHECK(api.site("site/anything/else").body == "<h1>hi</h1>");  // single-page fallback
  CHECK(api.site("nosuchproject/").status == 404);
  CHECK(api.site("f00dbabe.site.pages.dev/").status == 404);  // no such deployment
  CHECK(api.site("feature.site.pages.dev/").body.find("no finished deployment") !=
        std::string::npos);
}

TEST_CASE("pages emulator: 404.html, and a project without production", "[pages][sandbox]") {
  SandboxFixture box;
  PagesApi api(box);
  api.create_project("docs");
  CHECK(api.site("docs/").status == 404);
  CHECK(api.site("docs/").body.find("no production deployment") != std::string::npos);
  api.upload(api.jwt("docs"), {{kIndexKey, "home"}, {kCssKey, "missing page"}});
  REQUIRE(api.deploy("docs", {{"/index.html", kIndexKey}, {"/404.html", kCssKey}}, "main").status ==
          200);
  auto missing = api.site("docs.pages.dev/nothing/here");
  CHECK(missing.status == 404);
  CHECK(missing.body == "missing page");
  CHECK(api.site("docs/index.html").body == "home");
}
