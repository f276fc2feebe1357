// Kind flags of deploy and rollback: one union for the command line, refused for a kind that
// does not take them, and narrowed to what each kind takes.
#include "core/kind_options.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace raxol;

namespace {
TargetSpec target(std::string name, std::string kind) {
  TargetSpec spec;
  spec.name = std::move(name);
  spec.kind = std::move(kind);
  return spec;
}

OptionValues with(const std::string& name, const std::string& text) {
  OptionValue value;
  value.written = text;
  OptionValues values;
  values.set(name, value);
  return values;
}

const OptionSpec* find(const std::vector<OptionSpec>& specs, const std::string& name) {
  auto it = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
  return it == specs.end() ? nullptr : &*it;
}
}  // namespace

TEST_CASE("kind options: one union - each flag naming the kinds that take it", "[core][options]") {
  const auto deploy = kind_option_specs(KindCommand::deploy);
  REQUIRE(find(deploy, "image") != nullptr);
  CHECK(find(deploy, "image")->kinds == std::vector<std::string>{"fly"});
  REQUIRE(find(deploy, "branch") != nullptr);
  CHECK(find(deploy, "branch")->kinds ==
        std::vector<std::string>{"cloudflare-pages", "github-pages"});
  CHECK(std::count_if(deploy.begin(), deploy.end(),
                      [](const OptionSpec& s) { return s.name == "branch"; }) == 1);
  const auto rollback = kind_option_specs(KindCommand::rollback);
  REQUIRE(find(rollback, "with-release-command") != nullptr);
  CHECK(find(rollback, "image") == nullptr);
}

TEST_CASE("kind options: a flag the chosen kind does not take is a usage error", "[core][options]") {
  const TargetSpec pages = target("pages", "cloudflare-pages");
  const TargetSpec fly = target("fly", "fly");
  auto refused = check_kind_options(with("image", "x"), KindCommand::deploy, {&pages});
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::usage);
  CHECK(refused.error().message ==
        "--image is not an option of pages (cloudflare-pages); it is taken by fly");
  CHECK(check_kind_options(with("image", "x"), KindCommand::deploy, {&fly}).ok());
  // With several targets, a flag one of them takes is fine.
  CHECK(check_kind_options(with("image", "x"), KindCommand::deploy, {&pages, &fly}).ok());
  CHECK_FALSE(check_kind_options(with("image", "x"), KindCommand::rollback, {&fly}).ok());
}

TEST_CASE("kind options: each kind gets only its own options", "[core][options]") {
  DeployRequest request;
  request.description = "release notes";
  request.options = with("image", "registry.fly.io/a:v2");
  OptionValue branch;
  branch.written = "preview";
  request.options.set("branch", branch);
  const DeployRequest for_fly = for_kind(request, "fly");
  CHECK(for_fly.options.text("image") == "registry.fly.io/a:v2");
  CHECK_FALSE(for_fly.options.has("branch"));
  CHECK(for_fly.description == "release notes");
  const DeployRequest for_pages = for_kind(request, "cloudflare-pages");
  CHECK_FALSE(for_pages.options.has("image"));
  CHECK(for_pages.options.text("branch") == "preview");
}
