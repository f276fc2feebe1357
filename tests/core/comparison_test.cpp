// The capability comparison of a project's targets, built from what each kind declares.
#include "core/comparison.h"

#include <catch2/catch.hpp>

using namespace raxol;

namespace {
TargetSpec target(std::string name, std::string kind) {
  TargetSpec spec;
  spec.name = std::move(name);
  spec.kind = std::move(kind);
  return spec;
}
}  // namespace

TEST_CASE("comparison: JSON facts per target and a grid of yes/no cells", "[core][comparison]") {
  const std::vector<TargetSpec> targets = {target("fly", "fly"), target("pages", "cloudflare-pages"),
                                           target("odd", "no-such-kind")};
  const auto json = comparison_json(targets);
  CHECK(json["features"][0] == "primary_use");
  CHECK(json["targets"]["fly"]["websockets"]["supported"] == true);
  CHECK(json["targets"]["pages"]["websockets"]["supported"] == false);
  CHECK_FALSE(json["targets"].contains("odd"));  // an unknown kind has no facts

  const ComparisonGrid grid = comparison_grid(targets);
  CHECK(grid.headers ==
        std::vector<std::string>{"feature", "fly (Fly.io)", "pages (Cloudflare Pages)"});
  REQUIRE(grid.rows.size() == json["features"].size());
  CHECK(grid.rows[2] == std::vector<std::string>{"WebSockets", "yes", "no"});
  // Text cells keep only the first clause.
  CHECK(grid.rows[0][1].find(':') == std::string::npos);
}
