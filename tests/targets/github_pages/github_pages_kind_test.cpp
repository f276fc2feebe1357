// What the GitHub Pages kind declares in its one place: settings with their types and
// defaults, credential variables, deploy options, facets and the factory.
#include "targets/github_pages/github_pages_kind.h"

#include <catch2/catch.hpp>

using namespace raxol;
using namespace raxol::github_pages;

TEST_CASE("gh-pages kind: names - typed settings with defaults - credentials and facets",
          "[gh-pages][kind]") {
  const TargetKind kind = github_pages_kind();
  CHECK(kind.name == "github-pages");
  CHECK(kind.short_name == "gh-pages");
  CHECK(kind.display_name == "GitHub Pages");
  std::vector<std::string> required;
  for (const auto& setting : kind.settings) {
    CHECK_FALSE(setting.description.empty());
    if (setting.required) required.push_back(setting.key);
  }
  CHECK(required == std::vector<std::string>{"directory"});
  auto type_of = [&](const char* key) {
    const SettingSpec* setting = find_setting(kind, key);
    REQUIRE(setting != nullptr);
    return setting->type;
  };
  CHECK(type_of("keep_files") == SettingType::boolean);
  CHECK(type_of("nojekyll") == SettingType::boolean);
  CHECK(type_of("https_enforced") == SettingType::boolean);
  CHECK(type_of("exclude") == SettingType::string_list);
  CHECK(type_of("cname") == SettingType::string);
  CHECK(find_setting(kind, "branch")->default_value == "gh-pages");
  CHECK(find_setting(kind, "nojekyll")->default_value == true);
  CHECK(find_setting(kind, "keep_files")->default_value == false);
  CHECK(find_setting(kind, "https_enforced")->default_value.is_null());  // unset: left alone
  CHECK(find_setting(kind, "no_such_key") == nullptr);

  CHECK(kind.credential_variables == std::vector<std::string>{"GITHUB_TOKEN", "GH_TOKEN"});
  std::vector<std::string> options;
  for (const auto& option : kind.deploy_options) options.push_back(option.name);
  CHECK(options == std::vector<std::string>{"branch", "commit-hash"});
  CHECK(kind.facets == std::vector<Facet>{Facet::secrets, Facet::certificates});
  CHECK(kind.capabilities.https.supported);
  CHECK_FALSE(kind.capabilities.backend_processing.supported);
  CHECK(kind.create);
}
