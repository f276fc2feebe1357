// App secrets (/v1/apps/{app}/secrets[/{name}]). Values live in the state file: this is the
// emulated platform, which has to hand them to machines. They are returned only with
// `show_secrets=true`; lists carry a digest. Every change bumps the app's secrets version,
// which machines record when they start.
#include <regex>

#include "sandbox/fly/ids.h"
#include "sandbox/fly/routes.h"
#include "util/time_format.h"

namespace raxol::sandbox::fly {

namespace {

bool valid_secret_name(const std::string& name) {
  static const std::regex pattern("[A-Za-z_][A-Za-z0-9_]*");
  return std::regex_match(name, pattern);
}

json secret_view(const std::string& name, const json& secret, bool with_value) {
  json view = {{"name", name},
               {"digest", secret["digest"]},
               {"created_at", secret["created_at"]},
               {"updated_at", secret["updated_at"]}};
  if (with_value) view["value"] = secret["value"];
  return view;
}

json all_secrets(const json& app, bool with_value) {
  json list = json::array();
  for (const auto& [name, secret] : app["secrets"].items())
    list.push_back(secret_view(name, secret, with_value));
  return list;
}

void put_secret(json& app, const std::string& name, const std::string& value, int64_t now) {
  auto& secrets = app["secrets"];
  std::string created = secrets.contains(name) ? secrets[name]["created_at"].get<std::string>()
                                               : format_rfc3339_ms(now);
  secrets[name] = {{"value", value},
                   {"digest", secret_digest(value)},
                   {"created_at", created},
                   {"updated_at", format_rfc3339_ms(now)}};
}

int64_t bump_version(json& app) {
  int64_t version = app.value("secrets_version", int64_t{0}) + 1;
  app["secrets_version"] = version;
  return version;
}

void list_secrets(Call& call) {
  // `min_version` (spec) and `version` (fly-go) ask for read-your-writes; ours is immediate.
  const bool show = call.query_bool("show_secrets");
  call.update([&](json& document) {
    if (json* app = call.app(document, call.path_param(1)))
      call.reply(200, {{"secrets", all_secrets(*app, show)}});
    return false;
  });
}

void update_many(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  if (!body->contains("values") || !(*body)["values"].is_object())
    return call.error(400, "values is required");
  for (const auto& [name, value] : (*body)["values"].items()) {
    if (!valid_secret_name(name)) return call.error(400, "invalid secret name \"" + name + "\"");
    if (!value.is_null() && !value.is_string())
      return call.error(400, "the value of " + name + " must be a string or null");
  }
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    for (const auto& [name, value] : (*body)["values"].items()) {
      if (value.is_null()) {
        (*app)["secrets"].erase(name);
      } else {
        put_secret(*app, name, value.get<std::string>(), call.now);
      }
    }
    int64_t version = bump_version(*app);
    call.reply(200, {{"secrets", all_secrets(*app, false)}, {"version", version}});
    return true;
  });
}

void show_secret(Call& call) {
  const bool with_value = call.query_bool("show_secrets");
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    const std::string name = call.path_param(2);
    if (!(*app)["secrets"].contains(name)) {
      call.error(404, "secret not found");
    } else {
      call.reply(200, secret_view(name, (*app)["secrets"][name], with_value));
    }
    return false;
  });
}

void set_one(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  const std::string name = call.path_param(2);
  if (!valid_secret_name(name)) return call.error(400, "invalid secret name \"" + name + "\"");
  if (!body->contains("value") || !(*body)["value"].is_string())
    return call.error(400, "value is required");
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    put_secret(*app, name, (*body)["value"].get<std::string>(), call.now);
    int64_t version = bump_version(*app);
    json view = secret_view(name, (*app)["secrets"][name], false);
    view["version"] = version;
    call.reply(201, view);
    return true;
  });
}

void remove_one(Call& call) {
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    if (!(*app)["secrets"].contains(call.path_param(2))) {
      call.error(404, "secret not found");
      return false;
    }
    (*app)["secrets"].erase(call.path_param(2));
    call.reply(200, {{"version", bump_version(*app)}});
    return true;
  });
}

}  // namespace

void register_secrets_routes(Router& router) {
  router.get(kAppPattern + "/secrets", list_secrets);
  router.post(kAppPattern + "/secrets", update_many);
  router.get(kAppPattern + "/secrets/([^/]+)", show_secret);
  router.post(kAppPattern + "/secrets/([^/]+)", set_one);
  router.del(kAppPattern + "/secrets/([^/]+)", remove_one);
}

}  // namespace raxol::sandbox::fly
