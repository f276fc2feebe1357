// The local record of deployed digests: where it lives (XDG_CACHE_HOME, else ~/.cache), what
// it answers, the newest 100 records kept, and a broken or unwritable file never an error.
#include "targets/cloudflare_pages/deploy/deploy_cache.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_binary.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::TempDir;

TEST_CASE("pages deploy cache: one file per account and project under XDG_CACHE_HOME",
          "[pages][cache]") {
  TempDir home;
  auto fs = make_local_filesystem();
  OverlayEnvironment env(nullptr);
  env.set("XDG_CACHE_HOME", (home / "xdg").string());
  env.set("HOME", (home / "home").string());
  DeployCache cache(*fs, env, "acc/1", "my site");
  CHECK(cache.file() == home / "xdg" / "raxol-deploy" / "cloudflare-pages" / "acc_1" /
                            "my_site.json");
  CHECK_FALSE(cache.digest_of("d1").has_value());  // no file yet
  cache.remember("d1", "digest-1");
  cache.remember("d2", "digest-2");
  CHECK(cache.digest_of("d1") == std::optional<std::string>("digest-1"));
  CHECK(cache.digest_of("d2") == std::optional<std::string>("digest-2"));
  CHECK_FALSE(cache.digest_of("d3").has_value());
  CHECK_FALSE(cache.digest_of("").has_value());
  // Another project of the same account has its own record.
  CHECK_FALSE(DeployCache(*fs, env, "acc/1", "other").digest_of("d1").has_value());

  OverlayEnvironment home_only(nullptr);
  home_only.set("HOME", (home / "home").string());
  DeployCache fallback(*fs, home_only, "a", "p");
  CHECK(fallback.file() == home / "home" / ".cache" / "raxol-deploy" / "cloudflare-pages" / "a" /
                               "p.json");
}

TEST_CASE("pages deploy cache: keeps the newest 100 records", "[pages][cache]") {
  TempDir home;
  auto fs = make_local_filesystem();
  OverlayEnvironment env(nullptr);
  env.set("XDG_CACHE_HOME", home.path().string());
  DeployCache cache(*fs, env, "a", "p");
  for (int i = 0; i < 105; ++i) cache.remember("d" + std::to_string(i), "g" + std::to_string(i));
  auto records = nlohmann::json::parse(test::read_file(cache.file()))["deployments"];
  CHECK(records.size() == 100);
  CHECK(records[0]["id"] == "d104");  // newest first
  CHECK_FALSE(cache.digest_of("d4").has_value());
  CHECK(cache.digest_of("d5") == std::optional<std::string>("g5"));
}

TEST_CASE("pages deploy cache: no home - a broken file or an unwritable place are not errors",
          "[pages][cache]") {
  auto fs = make_local_filesystem();
  OverlayEnvironment nothing(nullptr);
  DeployCache nowhere(*fs, nothing, "a", "p");
  CHECK(nowhere.file().empty());
  nowhere.remember("d1", "g1");  // nothing to write to, nothing thrown
  CHECK_FALSE(nowhere.digest_of("d1").has_value());

  TempDir home;
  OverlayEnvironment env(nullptr);
  env.set("XDG_CACHE_HOME", home.path().string());
  DeployCache cache(*fs, env, "a", "p");
  test::write_file(cache.file(), "{not json");
  CHECK_FALSE(cache.digest_of("d1").has_value());
  cache.remember("d1", "g1");  // a broken record is replaced
  CHECK(cache.digest_of("d1") == std::optional<std::string>("g1"));

  test::write_file(home / "blocked", "a file where a directory should be");
  OverlayEnvironment blocked(nullptr);
  blocked.set("XDG_CACHE_HOME", (home / "blocked").string());
  DeployCache unwritable(*fs, blocked, "a", "p");
  unwritable.remember("d1", "g1");
  CHECK_FALSE(unwritable.digest_of("d1").has_value());
}
