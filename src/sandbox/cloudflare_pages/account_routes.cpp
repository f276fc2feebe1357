// Accounts and the token checks wrangler and doctor use: GET /accounts, /memberships,
// /user, /user/tokens/verify.
#include "sandbox/cloudflare_pages/routes.h"

namespace raxol::sandbox::cloudflare_pages {

json page_info(int page, int per_page, size_t count, size_t total) {
  return {{"page", page},
          {"per_page", per_page},
          {"count", count},
          {"total_count", total},
          {"total_pages", per_page > 0 ? (total + per_page - 1) / per_page : 1}};
}

json* project_or_404(Call& call, json& document) {
  json* project = find_project(document, call.path_param(2));
  if (project == nullptr)
    call.error(404, kProjectNotFound,
               "Project not found. The specified project name does not match any of your "
               "existing projects.");
  return project;
}

namespace {

json account(const PagesEmulatorSettings& settings) {
  return {{"id", settings.account_id},
          {"name", settings.account_name},
          {"type", "standard"},
          {"settings", {{"enforce_twofactor", false}}},
          {"created_on", "2026-01-01T00:00:00Z"}};
}

}  // namespace

void register_account_routes(Router& router) {
  router.get(kApiPrefix + "/accounts", [](Call& call) {
    call.ok(json::array({account(call.settings)}), 200, page_info(1, 20, 1, 1));
  });
  router.get(kApiPrefix + "/memberships", [](Call& call) {
    json membership = {
        {"id", "membership-" + call.settings.account_id.substr(0, 8)},
        {"status", "accepted"},
        {"account", {{"id", call.settings.account_id}, {"name", call.settings.account_name}}},
        {"roles", json::array({"Administrator"})}};
    call.ok(json::array({membership}), 200, page_info(1, 20, 1, 1));
  });
  router.get(kApiPrefix + "/user", [](Call& call) {
    call.ok({{"id", "sandbox-user"}, {"email", "you@sandbox.local"}, {"suspended", false}});
  });
  router.get(kApiPrefix + "/user/tokens/verify", [](Call& call) {
    call.ok({{"id", "sandbox-token"}, {"status", "active"}});
  });
}

}  // namespace raxol::sandbox::cloudflare_pages
