// `secrets set|list|unset|deploy pages` against the emulator with the real binary: variables
// land in the project's deployment_configs as secret_text, values never come back (not from
// the API, not in the output), production and preview are separate, and failures say why.
#include <catch2/catch.hpp>

#include "e2e/pages_e2e_helpers.h"
#include "sandbox/cloudflare_pages/pages_api.h"
#include "sandbox/cloudflare_pages/pages_state.h"

using namespace raxol::test;
using nlohmann::json;

namespace {

const std::string kValue = "pages-secret-value-7f3a";

BinaryResult run_with_stdin(SandboxFixture& box, const PagesProject& project,
                            std::vector<std::string> args, const std::string& input) {
  args.insert(args.begin(), {"-C", project.dir.path().string()});
  auto env = box.env();
  env["XDG_CACHE_HOME"] = project.cache.path().string();
  return run_binary(args, env, {}, input);
}

// The variables the emulator stores for `env` (values included: it is the platform).
json stored_vars(SandboxFixture& box, const std::string& project, const std::string& env) {
  raxol::sandbox::cloudflare_pages::PagesState state(box.state_dir() / "cloudflare-pages.json");
  json vars;
  state.read([&](const json& document) {
    vars = document["projects"][project].value("env_vars", json::object()).value(env, json());
  });
  return vars;
}

json api_vars(PagesApi& api, const std::string& project, const std::string& env) {
  auto answer = api.call("GET", api.projects() + "/" + project);
  REQUIRE(answer.status == 200);
  CHECK(answer.raw.find(kValue) == std::string::npos);
  return answer.body["result"]["deployment_configs"][env]["env_vars"];
}

void require_no_value(const BinaryResult& result) {
  CHECK(result.out.find(kValue) == std::string::npos);
  CHECK(result.err.find(kValue) == std::string::npos);
}

}  // namespace

TEST_CASE("pages e2e: secrets set, list and unset a production variable",
          "[e2e][pages][pages-secrets]") {
  SandboxFixture box;
  PagesApi api(box);
  PagesProject project;
  api.create_project(project.name);

  auto set = run_pages(box, project, {"secrets", "set", "pages", "API_KEY=" + kValue});
  INFO(set.err);
  REQUIRE(set.exit_code == 0);
  require_no_value(set);
  CHECK(set.err.find("staged") != std::string::npos);
  CHECK(set.err.find("next deployment") != std::string::npos);
  // On the wire: one PATCH shaped as wrangler's `pages secret put`.
  std::vector<json> patches;
  for (const auto& entry : pages_requests(box, "/pages/projects/" + project.name))
    if (entry.method == "PATCH") patches.push_back(json::parse(entry.body));
  REQUIRE(patches.size() == 1);
  CHECK(patches[0] == json{{"deployment_configs",
                            {{"production",
                              {{"env_vars",
                                {{"API_KEY", {{"type", "secret_text"}, {"value", kValue}}}}}}}}}});
  auto stored = stored_vars(box, project.name, "production");
  CHECK(stored["API_KEY"] == json{{"type", "secret_text"}, {"value", kValue}});
  CHECK(api_vars(api, project.name, "production")["API_KEY"]["type"] == "secret_text");

  // NAME=- reads the value from stdin (a trailing newline is dropped).
  auto piped = run_with_stdin(box, project, {"secrets", "set", "pages", "DB_URL=-"},
                              kValue + "-stdin\n");
  INFO(piped.err);
  REQUIRE(piped.exit_code == 0);
  CHECK(stored_vars(box, project.name, "production")["DB_URL"]["value"] == kValue + "-stdin");

  auto list = run_pages(box, project, {"secrets", "list", "pages"});
  REQUIRE(list.exit_code == 0);
  require_no_value(list);
  CHECK(list.out.find("API_KEY") != std::string::npos);
  CHECK(list.out.find("DB_URL") != std::string::npos);
  CHECK(list.out.find("secret_text") != std::string::npos);
  auto listed = json::parse(run_pages(box, project, {"--json", "secrets", "list", "pages"}).out);
  REQUIRE(listed["secrets"].size() == 2);
  CHECK(listed["secrets"][0]["name"] == "API_KEY");
  CHECK(listed["secrets"][0]["scope"] == "production");
  CHECK(listed["secrets"][0]["status"] == "secret_text");

  auto unset = run_pages(box, project, {"secrets", "unset", "pages", "API_KEY", "--yes"});
  INFO(unset.err);
  REQUIRE(unset.exit_code == 0);
  auto after = api_vars(api, project.name, "production");
  CHECK_FALSE(after.contains("API_KEY"));
  CHECK(after.contains("DB_URL"));
  // Removing a name that is not there says so and sends no PATCH.
  auto missing = run_pages(box, project, {"secrets", "unset", "pages", "NOPE", "--yes"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("no variable NOPE in the production environment") != std::string::npos);
  size_t patched = 0;
  for (const auto& entry : pages_requests(box, "/pages/projects/" + project.name))
    patched += entry.method == "PATCH" ? 1 : 0;
  CHECK(patched == 3);  // set, set, unset
}

TEST_CASE("pages e2e: preview variables are separate from production",
          "[e2e][pages][pages-secrets]") {
  SandboxFixture box;
  PagesApi api(box);
  PagesProject project;
  api.create_project(project.name);
  auto set = run_pages(box, project, {"secrets", "set", "pages", "--env", "preview",
                                      "PREVIEW_ONLY=" + kValue});
  INFO(set.err);
  REQUIRE(set.exit_code == 0);
  CHECK(set.err.find("preview deployments") != std::string::npos);
  CHECK(api_vars(api, project.name, "preview")["PREVIEW_ONLY"]["type"] == "secret_text");
  CHECK(api_vars(api, project.name, "production").is_null());

  auto production = run_pages(box, project, {"secrets", "list", "pages"});
  CHECK(production.out.find("PREVIEW_ONLY") == std::string::npos);
  auto preview = run_pages(box, project, {"secrets", "list", "pages", "--env", "preview"});
  CHECK(preview.out.find("PREVIEW_ONLY") != std::string::npos);
  require_no_value(preview);
  auto gone = run_pages(box, project,
                        {"secrets", "unset", "pages", "--env", "preview", "PREVIEW_ONLY", "--yes"});
  REQUIRE(gone.exit_code == 0);
  CHECK(stored_vars(box, project.name, "preview").empty());
}

TEST_CASE("pages e2e: bad secrets input and a failing PATCH give clear errors",
          "[e2e][pages][pages-secrets]") {
  SandboxFixture box;
  PagesApi api(box);
  PagesProject project;
  api.create_project(project.name);

  auto bad = run_pages(box, project, {"secrets", "set", "pages", "1BAD=" + kValue});
  CHECK(bad.exit_code == 2);
  // Only the name part is echoed (the value never is); its position is named.
  CHECK(bad.err.find("'1BAD' is not a secret name") != std::string::npos);
  CHECK(bad.err.find("argument 1") != std::string::npos);
  require_no_value(bad);
  auto bad_unset = run_pages(box, project, {"secrets", "unset", "pages", "BAD-NAME", "--yes"});
  CHECK(bad_unset.exit_code == 2);
  CHECK(bad_unset.err.find("not a secret name: 'BAD-NAME'") != std::string::npos);
  for (const auto& entry : pages_requests(box)) CHECK(entry.method != "PATCH");

  box.add_fault({{"service", "cloudflare-pages"},
                 {"method", "PATCH"},
                 {"path", "/client/v4/accounts/*/pages/projects/" + project.name},
                 {"status", 500},
                 {"body",
                  {{"success", false},
                   {"errors", {{{"code", 8000000}, {"message", "Internal service hiccup"}}}},
                   {"messages", json::array()},
                   {"result", nullptr}}},
                 {"times", 1}});
  auto failed = run_pages(box, project, {"secrets", "set", "pages", "API_KEY=" + kValue});
  CHECK(failed.exit_code == 1);
  require_no_value(failed);
  CHECK(failed.err.find("HTTP 500") != std::string::npos);
  CHECK(failed.err.find("Internal service hiccup") != std::string::npos);
  CHECK(failed.err.find("API_KEY") != std::string::npos);
  CHECK(stored_vars(box, project.name, "production").is_null());

  // A project that does not exist.
  PagesProject other("no-such-project");
  auto missing = run_pages(box, other, {"secrets", "set", "pages", "API_KEY=" + kValue});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("8000007") != std::string::npos);
}

TEST_CASE("pages e2e: secrets deploy redeploys production with the new variables",
          "[e2e][pages][pages-secrets]") {
  SandboxFixture box;
  PagesApi api(box);
  PagesProject project;
  write_file(project.site() / "index.html", "hello");

  auto early = run_pages(box, project, {"secrets", "deploy", "pages"});
  CHECK(early.exit_code == 1);  // no project yet

  REQUIRE(run_pages(box, project, {"deploy", "pages"}).exit_code == 0);
  REQUIRE(run_pages(box, project, {"secrets", "set", "pages", "API_KEY=" + kValue}).exit_code == 0);
  auto before = api.call("GET", api.projects() + "/" + project.name).body["result"];
  CHECK(before["canonical_deployment"]["env_vars"].is_null());

  auto deployed = run_pages(box, project, {"--json", "secrets", "deploy", "pages"});
  INFO(deployed.err);
  REQUIRE(deployed.exit_code == 0);
  require_no_value(deployed);
  auto outcome = json::parse(deployed.out);
  CHECK(outcome["applied"] == "deployed");
  auto after = api.call("GET", api.projects() + "/" + project.name).body["result"];
  CHECK(after["canonical_deployment"]["short_id"] == outcome["release"]);
  CHECK(after["canonical_deployment"]["short_id"] != before["canonical_deployment"]["short_id"]);
  CHECK(after["canonical_deployment"]["env_vars"]["API_KEY"]["type"] == "secret_text");
  CHECK(fetch_site(box, project.name + "/").body == "hello");
}
