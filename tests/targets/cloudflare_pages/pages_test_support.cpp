#include "targets/cloudflare_pages/pages_test_support.h"

#include <catch2/catch.hpp>

#include "config/project_file.h"
#include "core/project.h"
#include "targets/cloudflare_pages/deploy/pages_apply.h"
#include "targets/cloudflare_pages/deploy/pages_plan.h"

namespace raxol::test::cfp {

namespace {
nlohmann::json emulator_settings(const nlohmann::json& emulator) {
  nlohmann::json pages = {{"stage_ms", 0}};
  pages.merge_patch(emulator);
  return {{"cloudflare-pages", pages}};
}
}  // namespace

PagesWorld::PagesWorld(const nlohmann::json& emulator)
    : box_(emulator_settings(emulator), &test_context_.clock()),
      api_(box_),
      curl_(make_curl_http_client(CurlOptions{"raxol-test", false})) {
  for (const auto& [name, value] : box_.env()) env().set(name, value);
  env().set("XDG_CACHE_HOME", cache_.path().string());
  RetryPolicy policy;
  policy.max_attempts = 4;
  retrying_ = std::make_unique<RetryingHttpClient>(*curl_, clock(), policy,
                                                   RetryingHttpClient::RetryObserver{}, 7);
  transport_ = std::make_unique<PagesTransport>(*retrying_, endpoints());
  client_ = std::make_unique<PagesClient>(*transport_);
}

PagesEndpoints PagesWorld::endpoints() const {
  OverlayEnvironment env(nullptr);
  for (const auto& [name, value] : box_.env()) env.set(name, value);
  auto endpoints = cloudflare_pages::endpoints_from_environment(env, "");
  REQUIRE(endpoints.ok());
  return *endpoints;
}

void PagesWorld::fault(const std::string& method, const std::string& path, nlohmann::json rule) {
  rule["service"] = "cloudflare-pages";
  rule["method"] = method;
  rule["path"] = path;
  box_.add_fault(rule);
}

int PagesWorld::requests(const std::string& method, const std::string& part) const {
  int count = 0;
  for (const auto& entry : const_cast<SandboxFixture&>(box_).sandbox().requests().entries())
    if (entry.service == "cloudflare-pages" && (method.empty() || entry.method == method) &&
        entry.path.find(part) != std::string::npos)
      ++count;
  return count;
}

int PagesWorld::mutating_requests() const {
  int count = 0;
  for (const auto& entry : const_cast<SandboxFixture&>(box_).sandbox().requests().entries())
    if (entry.service == "cloudflare-pages" && entry.mutating() &&
        entry.path.find("/check-missing") == std::string::npos)
      ++count;
  return count;
}

void PagesWorld::forget_requests() { box_.sandbox().requests().clear(); }

void write_site(const std::filesystem::path& dir, const std::map<std::string, std::string>& files) {
  for (const auto& [path, content] : files) write_file(dir / path, content);
}

Result<TargetSpec> pages_spec(const std::string& toml) {
  const std::string text = "[targets.site]\nkind = \"cloudflare-pages\"\n" + toml;
  RAXOL_ASSIGN_OR_RETURN(auto parsed, parse_project_file(text, "raxol-deploy.toml"));
  REQUIRE(parsed.targets.size() == 1);
  std::vector<std::string> warnings;
  TargetSpec spec = parsed.targets.front();
  RAXOL_TRY(check_target_spec(spec, warnings));
  return spec;
}

DeployRequest deploy_request(const std::map<std::string, std::string>& options) {
  DeployRequest request;
  for (const auto& [name, value] : options)
    request.options.set(name, OptionValue{OptionType::text, value, {}, 0, {}});
  return request;
}

Outcome deploy_folder(PagesWorld& world, const std::string& project,
                      const std::filesystem::path& dir, const std::string& branch,
                      const std::string& commit) {
  cloudflare_pages::PagesSettings settings;
  settings.project = project;
  settings.directory = dir.string();
  TargetSpec spec;
  spec.name = "site";
  spec.kind = "cloudflare-pages";
  std::map<std::string, std::string> options = {{"commit-hash", commit},
                                                {"commit-message", "test deploy"},
                                                {"commit-dirty", "false"}};
  if (!branch.empty()) options["branch"] = branch;
  auto plan = cloudflare_pages::plan_pages_deploy(world.context(), world.client(), spec, settings,
                                                  deploy_request(options));
  INFO((plan.ok() ? std::string() : plan.error().message));
  REQUIRE(plan.ok());
  auto outcome = cloudflare_pages::apply_pages_plan(world.context(), world.client(), *plan);
  INFO((outcome.ok() ? std::string() : outcome.error().message));
  REQUIRE(outcome.ok());
  return *outcome;
}

}  // namespace raxol::test::cfp
