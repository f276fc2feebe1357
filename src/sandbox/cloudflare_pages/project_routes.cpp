// Projects: list, create (wrangler sends the JSON as text/plain), get, patch (production_branch
// and the environment variables of deployment_configs), delete; the upload token;
// purge_build_cache.
#include <regex>

#include "sandbox/cloudflare_pages/env_vars.h"
#include "sandbox/cloudflare_pages/routes.h"
#include "sandbox/cloudflare_pages/upload_jwt.h"
#include "util/ids.h"

namespace raxol::sandbox::cloudflare_pages {

namespace {

bool valid_project_name(const std::string& name) {
  static const std::regex pattern("[a-z0-9]([a-z0-9-]{0,56}[a-z0-9])?");
  return std::regex_match(name, pattern);
}

void list_projects(Call& call) {
  // Lenient, as the API is: a page that is not a number reads as the first.
  const int page =
      static_cast<int>(std::max<std::int64_t>(1, call.query_int("page", 1).value_or(0)));
  const int per_page = static_cast<int>(
      std::clamp<std::int64_t>(call.query_int("per_page", 10).value_or(0), 1, 100));
  call.context.state.read([&](const json& document) {
    std::vector<json> all;
    for (const auto& [name, project] : document["projects"].items())
      all.push_back(project_view(project, document, call.now));
    json items = json::array();
    for (size_t i = (page - 1) * per_page; i < all.size() && items.size() < size_t(per_page); ++i)
      items.push_back(all[i]);
    call.ok(items, 200, page_info(page, per_page, items.size(), all.size()));
  });
}

void create_project(Call& call) {
  if (!call.check_account()) return;
  auto body = call.json_body();
  if (!body) return;
  const std::string name = body->value("name", "");
  const std::string branch = body->value("production_branch", "main");
  if (!valid_project_name(name))
    return call.error(400, kValidation,
                      "Project name must be 1-58 lower-case letters, digits "
                      "or dashes, not starting or ending with a dash");
  call.context.state.update([&](json& document) {
    if (find_project(document, name) != nullptr) {
      call.error(409, kProjectExists,
                 "A project with this name already exists. Choose a different "
                 "project name.");
      return false;
    }
    json& project = document["projects"][name] = {{"id", new_uuid()},
                                                  {"name", name},
                                                  {"subdomain", name + ".pages.dev"},
                                                  {"production_branch", branch},
                                                  {"created_ms", call.now},
                                                  {"deployment_ids", json::array()},
                                                  {"live_events", json::array()}};
    call.ok(project_view(project, document, call.now));
    return true;
  });
}

void get_project(Call& call) {
  if (!call.check_account()) return;
  call.context.state.update([&](json& document) {
    if (json* project = project_or_404(call, document))
      call.ok(project_view(*project, document, call.now));
    return false;
  });
}

void patch_project(Call& call) {
  if (!call.check_account()) return;
  auto body = call.json_body();
  if (!body) return;
  call.context.state.update([&](json& document) {
    json* project = project_or_404(call, document);
    if (project == nullptr) return false;
    if (body->contains("deployment_configs")) {
      std::string problem = merge_env_vars(*project, (*body)["deployment_configs"]);
      if (!problem.empty()) {
        call.error(400, kValidation, problem);
        return false;
      }
    }
    if (body->contains("production_branch") && (*body)["production_branch"].is_string())
      (*project)["production_branch"] = (*body)["production_branch"];
    call.ok(project_view(*project, document, call.now));
    return true;
  });
}

void delete_project(Call& call) {
  if (!call.check_account()) return;
  std::vector<std::string> removed;
  call.context.state.update([&](json& document) {
    json* project = project_or_404(call, document);
    if (project == nullptr) return false;
    if (!project->value("custom_domains", json::object()).empty()) {
      call.error(400, kDomainsRemain, "Must delete custom domains before deleting project");
      return false;
    }
    for (const auto& id : (*project)["deployment_ids"]) {
      removed.push_back(id.get<std::string>());
      document["deployments"].erase(removed.back());
    }
    document["projects"].erase(call.path_param(2));
    call.ok(nullptr);
    return true;
  });
  for (const auto& id : removed) call.context.sites.remove(id);
}

void upload_token(Call& call) {
  if (!call.check_account()) return;
  call.context.state.update([&](json& document) {
    if (project_or_404(call, document) != nullptr)
      call.ok({{"jwt", issue_upload_jwt(call.settings, call.path_param(2), call.now / 1000)}});
    return false;
  });
}

}  // namespace

void register_project_routes(Router& router) {
  router.get(kProjectsPattern, [](Call& call) {
    if (call.check_account()) list_projects(call);
  });
  router.post(kProjectsPattern, create_project);
  router.get(kProjectPattern, get_project);
  router.patch(kProjectPattern, patch_project);
  router.del(kProjectPattern, delete_project);
  router.get(kProjectPattern + "/upload-token", upload_token);
  router.post(kProjectPattern + "/purge_build_cache", [](Call& call) {
    if (call.check_account()) call.ok(nullptr);
  });
}

}  // namespace raxol::sandbox::cloudflare_pages
