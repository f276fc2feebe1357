// The emulator's project environment variables: PATCH merges deployment_configs env_vars as
// Cloudflare does (null removes), validates with the v4 error envelope, never returns a
// secret_text value, and a deployment takes the variables of its environment at creation.
#include "sandbox/cloudflare_pages/env_vars.h"

#include <catch2/catch.hpp>

#include "sandbox/cloudflare_pages/pages_api.h"
#include "sandbox/cloudflare_pages/pages_state.h"

using namespace raxol::test;
using nlohmann::json;

namespace {

json env_patch(const std::string& env, const json& vars) {
  return {{"deployment_configs", {{env, {{"env_vars", vars}}}}}};
}

// The stored project record, straight from STATE/cloudflare-pages.json.
json stored_project(SandboxFixture& box, const std::string& name) {
  raxol::sandbox::cloudflare_pages::PagesState state(box.state_dir() / "cloudflare-pages.json");
  json project;
  state.read([&](const json& document) { project = document["projects"][name]; });
  return project;
}

}  // namespace

TEST_CASE("pages emulator: PATCH merges env vars and never returns secret values",
          "[pages][sandbox][pages-secrets]") {
  SandboxFixture box;
  PagesApi api(box);
  api.create_project("site");
  const std::string path = api.projects() + "/site";

  auto set = api.call(
      "PATCH", path,
      env_patch("production", {{"API_KEY", {{"type", "secret_text"}, {"value", "s3cr3t-value"}}},
                               {"MODE", {{"type", "plain_text"}, {"value", "fast"}}}})
          .dump());
  INFO(set.raw);
  REQUIRE(set.status == 200);
  CHECK(set.raw.find("s3cr3t-value") == std::string::npos);
  const auto& production = set.body["result"]["deployment_configs"]["production"]["env_vars"];
  CHECK(production["API_KEY"] == json{{"type", "secret_text"}, {"value", ""}});
  CHECK(production["MODE"] == json{{"type", "plain_text"}, {"value", "fast"}});
  CHECK(set.body["result"]["deployment_configs"]["preview"]["env_vars"].is_null());

  // Another PATCH merges: new names are added, others kept, null removes.
  auto merged = api.call(
      "PATCH", path,
      env_patch("production",
                {{"MODE", nullptr}, {"OTHER", {{"type", "secret_text"}, {"value", "x-value"}}}})
          .dump());
  REQUIRE(merged.status == 200);
  auto got = api.call("GET", path);
  CHECK(got.raw.find("s3cr3t-value") == std::string::npos);
  const auto vars = got.body["result"]["deployment_configs"]["production"]["env_vars"];
  CHECK(vars.size() == 2);
  CHECK(vars.contains("API_KEY"));
  CHECK(vars.contains("OTHER"));
  CHECK_FALSE(vars.contains("MODE"));

  // The emulator keeps the value (it is the platform), per environment.
  auto stored = stored_project(box, "site");
  CHECK(stored["env_vars"]["production"]["API_KEY"]["value"] == "s3cr3t-value");
  CHECK_FALSE(stored["env_vars"].contains("preview"));
}

TEST_CASE("pages emulator: bad env var PATCHes answer 400 in the envelope and change nothing",
          "[pages][sandbox][pages-secrets]") {
  SandboxFixture box;
  PagesApi api(box);
  api.create_project("site");
  const std::string path = api.projects() + "/site";
  const json good = {{"type", "secret_text"}, {"value", "v-good"}};
  const std::vector<json> bad = {
      env_patch("production", {{"GOOD", good}, {"1BAD", good}}),
      env_patch("production", {{"GOOD", good}, {"X", {{"type", "kv_namespace"}, {"value", "v"}}}}),
      env_patch("production", {{"X", {{"type", "secret_text"}, {"value", 5}}}}),
      env_patch("production",
                {{"X", {{"type", "secret_text"}, {"value", std::string(5 * 1024 + 1, 'a')}}}}),
      env_patch("staging", {{"X", good}}),
  };
  for (const auto& body : bad) {
    auto answer = api.call("PATCH", path, body.dump());
    INFO(answer.raw);
    CHECK(answer.status == 400);
    REQUIRE(answer.body.is_object());
    CHECK(answer.body["success"] == false);
    CHECK(answer.body["errors"][0]["code"] == 8000010);
    CHECK_FALSE(answer.body["errors"][0]["message"].get<std::string>().empty());
  }
  auto got = api.call("GET", path);
  CHECK(got.body["result"]["deployment_configs"]["production"]["env_vars"].is_null());
}

TEST_CASE("pages emulator: a deployment and its retry read the variables of their time",
          "[pages][sandbox][pages-secrets]") {
  SandboxFixture box;
  PagesApi api(box);
  api.create_project("site");
  const std::string path = api.projects() + "/site";
  api.upload(api.jwt("site"), {{"0123456789abcdef0123456789abcdef", "<h1>hi</h1>"}});
  auto first = api.deploy("site", {{"/index.html", "0123456789abcdef0123456789abcdef"}}, "main");
  REQUIRE(first.status == 200);
  CHECK(first.body["result"]["env_vars"].is_null());

  REQUIRE(api.call("PATCH", path,
                   env_patch("production",
                             {{"TOKEN", {{"type", "secret_text"}, {"value", "tok-value"}}}})
                       .dump())
              .status == 200);
  const std::string id = first.body["result"]["id"];
  auto retried = api.call("POST", path + "/deployments/" + id + "/retry");
  INFO(retried.raw);
  REQUIRE(retried.status == 200);
  CHECK(retried.body["result"]["env_vars"]["TOKEN"]["type"] == "secret_text");
  CHECK(retried.raw.find("tok-value") == std::string::npos);
  // The first deployment still shows what it ran with.
  CHECK(api.call("GET", path + "/deployments/" + id).body["result"]["env_vars"].is_null());
}

TEST_CASE("pages env vars: merge validates everything first, the view hides secrets",
          "[pages][sandbox]") {
  using raxol::sandbox::cloudflare_pages::env_vars_view;
  using raxol::sandbox::cloudflare_pages::merge_env_vars;
  json project = {{"name", "site"}};
  const json secret = {{"type", "secret_text"}, {"value", "s"}};
  CHECK(merge_env_vars(project, {{"preview", {{"env_vars", {{"A", secret}}}}}}) == "");
  CHECK(project["env_vars"]["preview"]["A"] == secret);
  // One bad entry refuses the whole change.
  auto problem = merge_env_vars(
      project, {{"preview", {{"env_vars", {{"B", secret}, {"_ok", nullptr}, {"C D", secret}}}}}});
  CHECK(problem.find("'C D'") != std::string::npos);
  CHECK_FALSE(project["env_vars"]["preview"].contains("B"));
  CHECK(merge_env_vars(project, json::array()) == "deployment_configs must be an object");
  CHECK(merge_env_vars(project, {{"preview", {{"env_vars", nullptr}}}}) == "");  // nothing to do
  json many = json::object();
  for (int i = 0; i <= 128; ++i) many["V" + std::to_string(i)] = secret;
  CHECK(merge_env_vars(project, {{"production", {{"env_vars", many}}}}).find("the limit is 128") !=
        std::string::npos);

  CHECK(env_vars_view(json::object()).is_null());
  CHECK(env_vars_view({{"A", secret}, {"B", {{"type", "plain_text"}, {"value", "b"}}}}) ==
        json{{"A", {{"type", "secret_text"}, {"value", ""}}},
             {"B", {{"type", "plain_text"}, {"value", "b"}}}});
}
