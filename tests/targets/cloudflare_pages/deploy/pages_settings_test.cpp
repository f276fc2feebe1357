// The settings of a cloudflare-pages target as a project file gives them: checked by the
// registry's one parser (FILE:LINE:COL in every error), defaults filled in, then read.
#include "targets/cloudflare_pages/deploy/pages_settings.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"
#include "targets/kit/settings.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::cfp::pages_spec;

namespace {
std::string error_of(const std::string& toml) {
  auto spec = pages_spec(toml);
  REQUIRE_FALSE(spec.ok());
  CHECK(spec.error().kind == ErrorKind::config);
  return spec.error().message;
}
}  // namespace

TEST_CASE("pages settings: every key read - defaults for the rest", "[pages][settings]") {
  auto full = pages_spec(
      "project = \"docs\"\ndirectory = \"public\"\nproduction_branch = \"trunk\"\n"
      "branch = \"preview-1\"\naccount_id = \"acc\"\nignore_file = \".pagesignore\"\n");
  REQUIRE(full.ok());
  PagesSettings settings = pages_settings(Settings(*full));
  CHECK(settings.project == "docs");
  CHECK(settings.directory == "public");
  CHECK(settings.production_branch == "trunk");
  CHECK(settings.branch == "preview-1");
  CHECK(settings.account_id == "acc");
  CHECK(settings.ignore_file == ".pagesignore");

  auto minimal = pages_spec("project = \"docs\"\ndirectory = \"public\"\n");
  REQUIRE(minimal.ok());
  PagesSettings defaults = pages_settings(Settings(*minimal));
  CHECK(defaults.production_branch == "main");
  CHECK(defaults.branch.empty());
  CHECK(defaults.account_id.empty());
  CHECK(defaults.ignore_file.empty());
}

TEST_CASE("pages settings: wrong types and missing keys name FILE:LINE:COL", "[pages][settings]") {
  CHECK(error_of("project = 42\ndirectory = \"public\"\n")
            .rfind("raxol-deploy.toml:3:11: targets.site.project: expected a string", 0) == 0);
  CHECK(error_of("project = \"docs\"\ndirectory = \"public\"\nbranch = true\n")
            .rfind("raxol-deploy.toml:5:10: targets.site.branch: expected a string", 0) == 0);
  CHECK(error_of("project = \"\"\ndirectory = \"public\"\n")
            .rfind("raxol-deploy.toml:3:11: targets.site.project: expected a non-empty string", 0) ==
        0);
  const std::string missing = error_of("project = \"docs\"\n");
  CHECK(missing.rfind("raxol-deploy.toml:1:1: targets.site.directory: missing required key", 0) ==
        0);
  CHECK(error_of("project = \"docs\"\ndirectory = [\"a\"]\n").find("raxol-deploy.toml:4:") == 0);
}
