// Releases of the web API (FLY_UIEX_BASE_URL): POST /api/v1/releases, PATCH
// /api/v1/releases/{id}, GET /api/v1/apps/{app}/releases[?limit=] and .../releases/current.
// Absent from the Machines API spec; shapes follow flyctl's internal/uiex/releases.go.
#include "sandbox/fly/releases.h"
#include "sandbox/fly/routes.h"
#include "sandbox/fly/sandbox_images.h"
#include "util/ids.h"

namespace raxol::sandbox::fly {

namespace {

void create_release(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  const std::string app_name = body->value("app_name", "");
  if (app_name.empty()) return call.error(422, "app_name is required");
  if (body->value("image", "").empty()) return call.error(422, "image is required");
  if (!resolve_sandbox_image(call, body->value("image", ""))) return;
  call.update([&](json& document) {
    json* app = call.app(document, app_name);
    if (app == nullptr) return false;
    auto& releases = (*app)["releases"];
    int64_t version = releases.empty() ? 1 : releases.back()["version"].get<int64_t>() + 1;
    json release = {{"id", new_ulid(call.now)},
                    {"version", version},
                    {"status", "pending"},
                    {"strategy", body->value("strategy", "ROLLING")},
                    {"image", (*body)["image"]},
                    {"definition", body->value("definition", json::object())},
                    {"description", body->value("description", "Deploy image")},
                    {"reason", "deploy"},
                    {"metadata", nullptr},
                    {"build_id", body->value("build_id", json(0))},
                    {"user_email", call.owner},
                    {"created_ms", call.now},
                    {"updated_ms", call.now}};
    releases.push_back(release);
    document["releases"][release["id"].get<std::string>()] = app_name;
    call.reply(201, {{"release", release_rest_view(release)}});
    return true;
  });
}

void patch(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  const std::string status = body->value("status", "");
  if (!status.empty() && !valid_release_status(status))
    return call.error(422, "invalid status \"" + status +
                               "\": expected running, complete, failed or interrupted");
  const std::string id = call.path_param(1);
  call.update([&](json& document) {
    const auto& index = document["releases"];
    json* app = index.contains(id) ? find_app(document, index[id].get<std::string>()) : nullptr;
    if (app != nullptr) {
      for (auto& release : (*app)["releases"]) {
        if (release["id"] != id) continue;
        if (!status.empty()) release["status"] = status;
        if (body->contains("metadata")) release["metadata"] = (*body)["metadata"];
        release["updated_ms"] = call.now;
        call.reply(200, {{"release", release_rest_view(release)}});
        return true;
      }
    }
    call.error(404, "release not found");
    return false;
  });
}

void list_releases(Call& call) {
  auto limit_param = call.query_int("limit", 25);
  if (!limit_param) return call.error(400, "invalid limit");
  const auto limit = static_cast<size_t>(std::clamp<std::int64_t>(*limit_param, 1, 500));
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    json releases = json::array();
    const auto& stored = (*app)["releases"];
    for (auto it = stored.rbegin(); it != stored.rend() && releases.size() < limit; ++it)
      releases.push_back(release_rest_view(*it));
    call.reply(200, {{"releases", releases}});
    return false;
  });
}

void current(Call& call) {
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    if (const json* release = current_release(*app)) {
      call.reply(200, {{"release", release_rest_view(*release)}});
    } else {
      call.error(404, "no current release");
    }
    return false;
  });
}

}  // namespace

void register_releases_routes(Router& router) {
  router.post("/api/v1/releases", create_release);
  router.patch("/api/v1/releases/([^/]+)", patch);
  router.get("/api/v1/apps/([^/]+)/releases", list_releases);
  router.get("/api/v1/apps/([^/]+)/releases/current", current);
}

}  // namespace raxol::sandbox::fly
