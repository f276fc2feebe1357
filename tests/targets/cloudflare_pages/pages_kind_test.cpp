// What the Cloudflare Pages kind declares in its one place: settings (types, required keys,
// defaults), credential variables, deploy options, facets and the factory.
#include "targets/cloudflare_pages/pages_kind.h"

#include <catch2/catch.hpp>
#include <set>

#include "targets/cloudflare_pages/pages_test_support.h"
#include "targets/kit/settings.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;

TEST_CASE("pages kind: names - settings - credentials - options and facets", "[pages][kind]") {
  const TargetKind kind = pages_kind();
  CHECK(kind.name == "cloudflare-pages");
  CHECK(kind.short_name == "pages");
  CHECK(kind.display_name == "Cloudflare Pages");
  std::set<std::string> required, optional;
  for (const auto& setting : kind.settings) {
    CHECK(setting.type == SettingType::string);
    CHECK_FALSE(setting.description.empty());
    (setting.required ? required : optional).insert(setting.key);
  }
  CHECK(required == std::set<std::string>{"project", "directory"});
  CHECK(optional ==
        std::set<std::string>{"production_branch", "branch", "account_id", "ignore_file"});
  REQUIRE(find_setting(kind, "production_branch") != nullptr);
  CHECK(find_setting(kind, "production_branch")->default_value == "main");
  CHECK(find_setting(kind, "branch")->default_value.is_null());

  CHECK(kind.credential_variables == std::vector<std::string>{"CLOUDFLARE_API_TOKEN", "CF_API_TOKEN",
                                                              "CLOUDFLARE_API_KEY", "CF_API_KEY"});
  std::vector<std::string> options;
  for (const auto& option : kind.deploy_options) options.push_back(option.name);
  CHECK(options ==
        std::vector<std::string>{"branch", "commit-hash", "commit-message", "commit-dirty"});
  CHECK(kind.deploy_options[3].choices == std::vector<std::string>{"true", "false"});
  CHECK(kind.rollback_options.empty());
  CHECK(kind.facets == std::vector<Facet>{Facet::secrets, Facet::certificates});
  CHECK(kind.capabilities.custom_domain.supported);
  CHECK_FALSE(kind.capabilities.websockets.supported);
  REQUIRE(kind.create);
}

TEST_CASE("pages kind: its factory builds a target with both facets", "[pages][kind]") {
  test::cfp::PagesWorld world;
  auto spec = test::cfp::pages_spec("project = \"site\"\ndirectory = \"public\"\n");
  REQUIRE(spec.ok());
  auto target = pages_kind().create(*spec, Settings(*spec), world.context());
  REQUIRE(target.ok());
  CHECK((*target)->spec().name == "site");
  CHECK((*target)->secrets() != nullptr);
  CHECK((*target)->certificates() != nullptr);
  CHECK(world.requests("") == 0);  // building a target sends nothing
}
