// Apps: POST/GET /v1/apps, GET/DELETE /v1/apps/{app}.
#include <regex>

#include "sandbox/fly/routes.h"

namespace raxol::sandbox::fly {

namespace {

bool valid_app_name(const std::string& name) {
  static const std::regex pattern("[a-z0-9][a-z0-9-]{0,61}[a-z0-9]|[a-z0-9]");
  return std::regex_match(name, pattern);
}

void create_app(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  // `?wait=true` (flyctl) asks to return once the app exists; ours exists at once.
  std::string name, org, network;
  try {
    name = body->value("name", "");
    org = body->value("org_slug", "personal");
    network = body->value("network", "default");
  } catch (const json::exception&) {
    return call.error(400, "name, org_slug and network must be strings");
  }
  if (name.empty()) return call.error(400, "name is required");
  if (!valid_app_name(name))
    return call.error(422, "App name can only contain lowercase letters, numbers, and dashes");
  call.update([&](json& document) {
    if (find_app(document, name) != nullptr) {
      call.reply(422, {{"error", "Name has already been taken"}, {"status", "name_taken"}});
      return false;
    }
    int64_t numeric_id = document.value("next_numeric_id", int64_t{1});
    document["next_numeric_id"] = numeric_id + 1;
    auto& app = document["apps"][name] =
        new_app_record(name, org.empty() ? "personal" : org, network, numeric_id, call.now);
    call.reply(201, app_view(app));
    return true;
  });
}

void list_apps(Call& call) {
  const std::string org = call.query("org_slug");
  call.update([&](json& document) {
    json apps = json::array();
    for (const auto& [name, app] : document["apps"].items())
      if (org.empty() || app.value("org_slug", "") == org) apps.push_back(app_view(app));
    call.reply(200, {{"total_apps", apps.size()}, {"apps", apps}});
    return false;
  });
}

void show_app(Call& call) {
  call.update([&](json& document) {
    if (json* app = call.app(document, call.path_param(1))) call.reply(200, app_view(*app));
    return false;
  });
}

void delete_app(Call& call) {
  const std::string name = call.path_param(1);
  call.update([&](json& document) {
    if (call.app(document, name) == nullptr) return false;
    for (auto it = document["releases"].begin(); it != document["releases"].end();)
      it = *it == name ? document["releases"].erase(it) : std::next(it);
    document["apps"].erase(name);
    call.no_content(202);
    return true;
  });
}

}  // namespace

void register_apps_routes(Router& router) {
  router.post("/v1/apps", create_app);
  router.get("/v1/apps", list_apps);
  router.get(kAppPattern, show_app);
  router.del(kAppPattern, delete_app);
}

}  // namespace raxol::sandbox::fly
