// The registry is the one list of kinds: names, settings and capabilities must be complete.
#include "targets/registry.h"

#include <catch2/catch.hpp>

using raxol::find_setting;
using raxol::find_target_kind;
using raxol::target_kinds;

TEST_CASE("registry: three kinds with their short and display names", "[registry]") {
  REQUIRE(target_kinds().size() == 3);
  const auto* fly = find_target_kind("fly");
  const auto* pages = find_target_kind("cloudflare-pages");
  const auto* gh = find_target_kind("github-pages");
  REQUIRE(fly != nullptr);
  REQUIRE(pages != nullptr);
  REQUIRE(gh != nullptr);
  CHECK(fly->short_name == "fly");
  CHECK(pages->short_name == "pages");
  CHECK(gh->short_name == "gh-pages");
  CHECK(pages->display_name == "Cloudflare Pages");
  CHECK(find_target_kind("pages") == nullptr);
  CHECK(raxol::target_kind_names() == "fly, cloudflare-pages, github-pages");
}

TEST_CASE("registry: settings are declared with types, requirements and defaults", "[registry]") {
  const auto& pages = *find_target_kind("cloudflare-pages");
  CHECK(find_setting(pages, "project")->required);
  CHECK(find_setting(pages, "directory")->required);
  CHECK(find_setting(pages, "production_branch")->default_value == "main");
  const auto& gh = *find_target_kind("github-pages");
  CHECK(find_setting(gh, "branch")->default_value == "gh-pages");
  CHECK(find_setting(gh, "destination_dir")->default_value == "");
  CHECK(find_setting(gh, "nojekyll")->type == raxol::SettingType::boolean);
  CHECK(find_setting(gh, "nojekyll")->default_value == true);
  CHECK(find_setting(gh, "exclude")->type == raxol::SettingType::string_list);
  const auto& fly = *find_target_kind("fly");
  CHECK(find_setting(fly, "config")->default_value == "fly.toml");
  CHECK(find_setting(fly, "strategy")->choices.size() == 4);
  CHECK(find_setting(fly, "nope") == nullptr);
  for (const auto& kind : target_kinds())
    for (const auto& setting : kind.settings) {
      INFO(kind.name << "." << setting.key);
      CHECK_FALSE(setting.description.empty());
      CHECK_FALSE((setting.required && !setting.default_value.is_null()));
    }
}

TEST_CASE("registry: capabilities state the platforms' facts", "[registry]") {
  const auto& fly = find_target_kind("fly")->capabilities;
  CHECK(fly.backend_processing.supported);
  CHECK(fly.websockets.supported);
  CHECK(fly.autoscaling.supported);
  CHECK(fly.deploy_method.find("Machines API") != std::string::npos);
  const auto& pages = find_target_kind("cloudflare-pages")->capabilities;
  CHECK_FALSE(pages.backend_processing.supported);
  CHECK(pages.backend_processing.detail.find("Functions") != std::string::npos);
  CHECK(pages.deploy_method.find("Direct Upload") != std::string::npos);
  const auto& gh = find_target_kind("github-pages")->capabilities;
  CHECK_FALSE(gh.backend_processing.supported);
  CHECK(gh.deploy_method.find("git push") != std::string::npos);
  for (const auto& kind : target_kinds()) {
    INFO(kind.name);
    CHECK(kind.capabilities.custom_domain.supported);
    CHECK(kind.capabilities.https.supported);
    CHECK_FALSE(kind.capabilities.primary_use.empty());
  }
}
