#include "targets/github_pages/pages_settings.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/github_pages_kind.h"

using namespace raxol;
using namespace raxol::github_pages;

namespace {
// The settings as a target gets them: checked by the kit against the kind, then read.
Result<PagesSettings> settings_of(nlohmann::json settings) {
  TargetSpec spec;
  spec.name = "gh-pages";
  spec.kind = "github-pages";
  spec.settings = std::move(settings);
  Diagnostics warnings;
  RAXOL_TRY(check_settings(github_pages_kind(), spec, warnings));
  return read_pages_settings(Settings(spec));
}
}  // namespace

TEST_CASE("gh-pages settings: defaults for keys discovery leaves out", "[gh-pages]") {
  auto settings = settings_of({{"directory", "public"}});
  REQUIRE(settings.ok());
  CHECK(settings->branch == "gh-pages");
  CHECK(settings->destination_dir.empty());
  CHECK(settings->nojekyll);
  CHECK_FALSE(settings->keep_files);
  CHECK(settings->wait);
  CHECK_FALSE(settings->https_enforced.has_value());
}

TEST_CASE("gh-pages settings: destination_dir is normalised and must stay inside", "[gh-pages]") {
  CHECK(normalize_destination("./performance/") == std::optional<std::string>("performance"));
  CHECK(normalize_destination("a//b/./c") == std::optional<std::string>("a/b/c"));
  CHECK(normalize_destination("/") == std::optional<std::string>(""));
  CHECK(normalize_destination(".") == std::optional<std::string>(""));
  CHECK_FALSE(normalize_destination("../x").has_value());
  CHECK_FALSE(normalize_destination("/etc").has_value());
  auto bad = settings_of({{"directory", "d"}, {"destination_dir", "a/../../b"}});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().kind == ErrorKind::config);
  CHECK(bad.error().message.find("destination_dir") != std::string::npos);
}

TEST_CASE("gh-pages settings: wrong types - expressions and bad authors are config errors",
          "[gh-pages]") {
  CHECK_FALSE(settings_of(nlohmann::json::object()).ok());
  CHECK_FALSE(
      settings_of({{"directory", "d"}, {"keep_files", "${{ x }}"}}).ok());
  CHECK_FALSE(settings_of({{"directory", "${{ inputs.dir }}"}}).ok());
  CHECK_FALSE(settings_of({{"directory", "d"}, {"author", "nobody"}}).ok());
  auto good = settings_of(
      {{"directory", "d"}, {"author", "Pat <pat@example.org>"}, {"exclude", {"*.map", "/tmp/"}}});
  REQUIRE(good.ok());
  CHECK(good->exclude == std::vector<std::string>{"*.map", "/tmp/"});
}
