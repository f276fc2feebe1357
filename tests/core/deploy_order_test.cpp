// The order targets deploy in: needs first, then the order they were given; bad needs refused.
#include "core/deploy_order.h"

#include <catch2/catch.hpp>

using namespace raxol;

namespace {
TargetSpec target(std::string name, std::string kind, std::vector<std::string> needs = {}) {
  TargetSpec spec;
  spec.name = std::move(name);
  spec.kind = std::move(kind);
  spec.needs = std::move(needs);
  return spec;
}

std::vector<std::string> names(const std::vector<TargetSpec>& targets) {
  std::vector<std::string> result;
  for (const auto& spec : targets) result.push_back(spec.name);
  return result;
}
}  // namespace

TEST_CASE("deploy order: every target after what it needs - then the tiers' order",
          "[core][order]") {
  // Ready together: Fly, then Cloudflare Pages, then GitHub Pages.
  auto ordered = deploy_order({target("docs", "github-pages", {"app"}), target("app", "fly"),
                               target("site", "cloudflare-pages")});
  REQUIRE(ordered.ok());
  CHECK(names(*ordered) == std::vector<std::string>{"app", "site", "docs"});
  auto chain = deploy_order({target("c", "fly", {"b"}), target("b", "fly", {"a"}), target("a", "fly")});
  REQUIRE(chain.ok());
  CHECK(names(*chain) == std::vector<std::string>{"a", "b", "c"});
  CHECK(deploy_order({})->empty());
}

TEST_CASE("deploy order: unknown needs and cycles are config errors", "[core][order]") {
  auto unknown = deploy_order({target("a", "fly", {"ghost"})});
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().kind == ErrorKind::config);
  CHECK(unknown.error().message.find("ghost") != std::string::npos);
  auto cycle = deploy_order({target("a", "fly", {"b"}), target("b", "fly", {"a"})});
  REQUIRE_FALSE(cycle.ok());
  CHECK(cycle.error().kind == ErrorKind::config);
}
