// Release records and their two views: the REST shape of /api/v1/releases and the GraphQL
// ReleaseUnprocessed node, and which release is current.
#include "sandbox/fly/releases.h"

#include <catch2/catch.hpp>

using namespace raxol::sandbox::fly;

namespace {
json release(int version, const std::string& status) {
  return {{"id", "01R" + std::to_string(version)},
          {"version", version},
          {"status", status},
          {"strategy", "ROLLING"},
          {"image", "registry.fly.io/app:v" + std::to_string(version)},
          {"definition", {{"app", "app"}}},
          {"user_email", "ops@example.com"},
          {"created_ms", 1'767'225'600'000}};
}
}  // namespace

TEST_CASE("fly releases: statuses and views", "[sandbox][fly]") {
  for (const std::string status : {"pending", "running", "complete", "failed", "interrupted"})
    CHECK(valid_release_status(status));
  CHECK_FALSE(valid_release_status("done"));
  CHECK_FALSE(valid_release_status(""));

  auto rest = release_rest_view(release(3, "running"));
  CHECK(rest["in_progress"] == true);
  CHECK(rest["stable"] == false);
  CHECK(rest["created_at"] == "2026-01-01T00:00:00Z");
  CHECK(rest["image_ref"] == "registry.fly.io/app:v3");
  CHECK(rest["user"] == json{{"email", "ops@example.com"}});

  auto node = release_graphql_node(release(4, "complete"));
  CHECK(node["stable"] == true);
  CHECK(node["inProgress"] == false);
  CHECK(node["reason"] == "deploy");
  CHECK(node["description"] == "");
  CHECK(node["user"] == json{{"id", "sandbox-ops"}, {"email", "ops@example.com"}, {"name", "ops"}});
  CHECK(node["configDefinition"] == json{{"app", "app"}});
  CHECK(node["createdAt"] == "2026-01-01T00:00:00Z");
}

TEST_CASE("fly releases: the current release is the newest complete one", "[sandbox][fly]") {
  json app = {{"releases", json::array()}};
  CHECK(current_release(app) == nullptr);
  app["releases"] = {release(1, "complete"), release(2, "complete"), release(3, "failed")};
  REQUIRE(current_release(app) != nullptr);
  CHECK((*current_release(app))["version"] == 2);
}
