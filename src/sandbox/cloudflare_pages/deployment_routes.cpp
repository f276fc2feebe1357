// Deployments: create (multipart: manifest, branch, commit fields, _headers, _redirects), list,
// get, delete, retry, rollback, and the build log.
#include <nlohmann/json.hpp>

#include "sandbox/cloudflare_pages/routes.h"
#include "util/glob.h"
#include "util/ids.h"

namespace raxol::sandbox::cloudflare_pages {

namespace {

std::string form_text(const httplib::Request& request, const char* name) {
  return request.has_file(name) ? request.get_file_value(name).content : std::string();
}

std::optional<std::string> form_file(const httplib::Request& request, const char* name) {
  if (!request.has_file(name)) return std::nullopt;
  std::string content = request.get_file_value(name).content;
  if (content.empty()) return std::nullopt;
  return content;
}

// The manifest's problem, or "" when every entry names a stored asset.
std::string manifest_problem(Call& call, const json& manifest) {
  if (!manifest.is_object()) return "The manifest must be a JSON object of paths to hashes";
  if (static_cast<std::int64_t>(manifest.size()) > call.settings.max_file_count_allowed)
    return "The manifest lists " + std::to_string(manifest.size()) + " files; the limit is " +
           std::to_string(call.settings.max_file_count_allowed);
  for (const auto& [path, key] : manifest.items()) {
    if (path.empty() || path.front() != '/') return "Manifest path " + path + " must start with /";
    if (!key.is_string() || !valid_asset_key(key.get<std::string>()))
      return "Manifest entry " + path + " is not a 32-digit hash";
    if (!call.context.assets.has(key.get<std::string>()))
      return "Asset " + key.get<std::string>() + " (" + path + ") has not been uploaded";
  }
  return {};
}

// Adds a deployment record to the project; the caller has saved its site files.
json& add_deployment(Call& call, json& document, json& project, json record) {
  const std::string id = record["id"];
  const std::string branch = record.value("branch", "");
  record["project"] = project["name"];
  record["environment"] =
      branch == project.value("production_branch", "main") ? "production" : "preview";
  record["created_ms"] = call.now;
  record["stage_ms"] = call.settings.stage_ms;
  record["fails"] = glob_matches_any(call.settings.failing_branches, branch);
  // A deployment runs with the environment variables of its environment at creation.
  record["env_vars"] = project.value("env_vars", json::object())
                           .value(record["environment"].get<std::string>(), json::object());
  json& stored = document["deployments"][id] = std::move(record);
  project["deployment_ids"].push_back(id);
  if (stored["environment"] == "production" && succeeds(stored))
    project["live_events"].push_back({{"id", id}, {"at_ms", finished_at_ms(stored)}});
  return stored;
}

void create_deployment(Call& call) {
  if (!call.check_account()) return;
  const auto& request = call.request;
  if (!request.is_multipart_form_data() || !request.has_file("manifest"))
    return call.error(400, kManifestInvalid,
                      "A manifest is required for direct upload deployments (multipart field "
                      "`manifest`)");
  const json manifest = json::parse(form_text(request, "manifest"), nullptr, false);
  if (std::string problem = manifest_problem(call, manifest); !problem.empty())
    return call.error(400, kManifestInvalid, problem);
  call.context.state.update([&](json& document) {
    json* project = project_or_404(call, document);
    if (project == nullptr) return false;
    std::string branch = form_text(request, "branch");
    if (branch.empty()) branch = project->value("production_branch", "main");
    const std::string id = new_uuid();
    call.context.sites.save(id, manifest.dump(), form_file(request, "_headers"),
                            form_file(request, "_redirects"));
    json& record = add_deployment(call, document, *project,
                                  {{"id", id},
                                   {"branch", branch},
                                   {"commit_hash", form_text(request, "commit_hash")},
                                   {"commit_message", form_text(request, "commit_message")},
                                   {"commit_dirty", form_text(request, "commit_dirty") == "true"},
                                   {"files", manifest.size()}});
    call.ok(deployment_view(record, *project, call.now));
    return true;
  });
}

void list_deployments(Call& call) {
  if (!call.check_account()) return;
  const std::string env = call.query("env");
  const int page =
      static_cast<int>(std::max<std::int64_t>(1, call.query_int("page", 1).value_or(0)));
  const int per_page = static_cast<int>(
      std::clamp<std::int64_t>(call.query_int("per_page", 25).value_or(0), 1, 100));
  call.context.state.update([&](json& document) {
    json* project = project_or_404(call, document);
    if (project == nullptr) return false;
    std::vector<const json*> matching;
    const auto& ids = (*project)["deployment_ids"];
    for (auto it = ids.rbegin(); it != ids.rend(); ++it) {  // newest first
      const json* record = find_deployment(document, it->get<std::string>());
      if (record != nullptr && (env.empty() || record->value("environment", "") == env))
        matching.push_back(record);
    }
    json items = json::array();
    for (size_t i = size_t(page - 1) * per_page;
         i < matching.size() && items.size() < size_t(per_page); ++i)
      items.push_back(deployment_view(*matching[i], *project, call.now));
    call.ok(items, 200, page_info(page, per_page, items.size(), matching.size()));
    return false;
  });
}

// Runs `action` on the deployment of the path (capture 3) within its project.
void with_deployment(Call& call, const std::function<bool(json&, json&, json&)>& action) {
  if (!call.check_account()) return;
  call.context.state.update([&](json& document) {
    json* project = project_or_404(call, document);
    if (project == nullptr) return false;
    const json* found = find_deployment(document, call.path_param(3));
    if (found == nullptr || found->value("project", "") != project->value("name", "")) {
      call.error(404, kDeploymentNotFound,
                 "The deployment ID you have specified does not exist. "
                 "Update the deployment ID and try again.");
      return false;
    }
    json& record = document["deployments"][found->value("id", "")];
    return action(document, *project, record);
  });
}

}  // namespace

void register_deployment_routes(Router& router) {
  router.post(kProjectPattern + "/deployments", create_deployment);
  router.get(kProjectPattern + "/deployments", list_deployments);
  router.get(kDeploymentPattern, [](Call& call) {
    with_deployment(call, [&](json&, json& project, json& record) {
      call.ok(deployment_view(record, project, call.now));
      return false;
    });
  });
  router.del(kDeploymentPattern, [](Call& call) {
    with_deployment(call, [&](json& document, json& project, json& record) {
      const std::string id = record["id"];
      if (live_deployment_id(project, call.now) == id) {
        call.error(400, 8000034, "You cannot delete the active production deployment.");
        return false;
      }
      auto& ids = project["deployment_ids"];
      ids.erase(std::remove(ids.begin(), ids.end(), json(id)), ids.end());
      auto& events = project["live_events"];
      events.erase(std::remove_if(events.begin(), events.end(),
                                  [&](const json& event) { return event.value("id", "") == id; }),
                   events.end());
      document["deployments"].erase(id);
      call.context.sites.remove(id);
      call.ok(nullptr);
      return true;
    });
  });
  router.post(kDeploymentPattern + "/rollback", [](Call& call) {
    with_deployment(call, [&](json&, json& project, json& record) {
      if (record.value("environment", "") != "production" || !succeeded_by(record, call.now)) {
        call.error(400, kRollbackRefused,
                   "You can only rollback to successful builds on production.");
        return false;
      }
      project["live_events"].push_back({{"id", record["id"]}, {"at_ms", call.now}});
      call.ok(deployment_view(record, project, call.now));
      return true;
    });
  });
  router.post(kDeploymentPattern + "/retry", [](Call& call) {
    with_deployment(call, [&](json& document, json& project, json& record) {
      auto site = call.context.sites.load(record["id"]);
      if (!site) {
        call.error(500, kInternalError,
                   "An unknown error occurred (the deployment's files are gone)");
        return false;
      }
      json manifest(site->manifest);
      const std::string id = new_uuid();
      call.context.sites.save(
          id, manifest.dump(), site->headers.empty() ? std::nullopt : std::optional(site->headers),
          site->redirects.empty() ? std::nullopt : std::optional(site->redirects));
      json copy = record;
      copy["id"] = id;
      json& added = add_deployment(call, document, project, std::move(copy));
      call.ok(deployment_view(added, project, call.now));
      return true;
    });
  });
  router.get(kDeploymentPattern + "/history/logs", [](Call& call) {
    with_deployment(call, [&](json&, json&, json& record) {
      const std::string ts = timestamp(record.value("created_ms", std::int64_t{0}));
      json lines = json::array({{{"line", "Initializing build environment..."}, {"ts", ts}},
                                {{"line", "Uploading... (direct upload)"}, {"ts", ts}}});
      if (!succeeds(record))
        lines.push_back({{"line",
                          "Failed: deploy stage failed (sandbox: the branch matches "
                          "failing_branches)"},
                         {"ts", ts}});
      else if (succeeded_by(record, call.now))
        lines.push_back({{"line", "Success: Your site was deployed!"}, {"ts", ts}});
      call.ok({{"data", lines}, {"includes_container_logs", false}, {"total", lines.size()}});
      return false;
    });
  });
}

}  // namespace raxol::sandbox::cloudflare_pages
