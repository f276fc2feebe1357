// What each deployment publishes, kept beside the state: the manifest, _headers and _redirects
// saved and loaded back (cached), and removed with the deployment.
#include "sandbox/cloudflare_pages/site_files.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace raxol::sandbox::cloudflare_pages;

TEST_CASE("pages site files: save, load, remove", "[pages][sandbox]") {
  raxol::test::TempDir dir;
  SiteFiles sites(dir / "deployments");
  CHECK(sites.load("missing") == nullptr);
  REQUIRE(sites.save("d1", R"({"/index.html": "k1", "/bad": 5})", std::string("/*\n  X: y\n"),
                     std::nullopt));
  auto site = sites.load("d1");
  REQUIRE(site);
  CHECK(site->manifest == std::unordered_map<std::string, std::string>{{"/index.html", "k1"}});
  CHECK(site->headers == "/*\n  X: y\n");
  CHECK(site->redirects.empty());
  CHECK(sites.load("d1") == site);  // cached
  // A fresh instance reads the files.
  SiteFiles other(dir / "deployments");
  auto again = other.load("d1");
  REQUIRE(again);
  CHECK(again->manifest.at("/index.html") == "k1");
  for (int i = 2; i < 8; ++i) REQUIRE(sites.save("d" + std::to_string(i), "{}", {}, {}));
  for (int i = 2; i < 8; ++i) CHECK(sites.load("d" + std::to_string(i)));
  CHECK(sites.load("d1")->manifest.size() == 1);  // fell out of the cache, read back

  sites.remove("d1");
  CHECK(sites.load("d1") == nullptr);
  CHECK_FALSE(std::filesystem::exists(dir / "deployments" / "d1"));
  REQUIRE(sites.save("broken", "{not json", {}, {}));
  CHECK(sites.load("broken")->manifest.empty());
}
