// IP assignments (/v1/apps/{app}/ip_assignments[/{ip}]) with made-up but well-formed addresses
// from ranges Fly really uses: shared v4 66.241.124.0/24, dedicated v4 137.66.0.0/16, public
// v6 2a09:8280:1::/48, private (Flycast) v6 fdaa::/16.
#include <cstdio>

#include "sandbox/fly/routes.h"
#include "util/time_format.h"

namespace raxol::sandbox::fly {

namespace {

std::string allocate(const std::string& type, int64_t n) {
  char text[64];
  if (type == "shared_v4") {
    std::snprintf(text, sizeof text, "66.241.124.%d", static_cast<int>(n % 254 + 1));
  } else if (type == "v4") {
    std::snprintf(text, sizeof text, "137.66.%d.%d", static_cast<int>((n / 254) % 256),
                  static_cast<int>(n % 254 + 1));
  } else if (type == "v6") {
    std::snprintf(text, sizeof text, "2a09:8280:1::%llx:%x", static_cast<long long>(n),
                  static_cast<unsigned>(n * 7919 % 65536));
  } else {
    std::snprintf(text, sizeof text, "fdaa:0:%llx::%x", static_cast<long long>(n),
                  static_cast<unsigned>(n * 31 % 65536 + 1));
  }
  return text;
}

json ip_view(const json& ip) {
  json view = ip;
  view.erase("type");  // ours, to answer DNS questions; not part of IPAssignment
  return view;
}

void list_ips(Call& call) {
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    json ips = json::array();
    for (const auto& ip : (*app)["ips"]) ips.push_back(ip_view(ip));
    call.reply(200, {{"ips", ips}});
    return false;
  });
}

void assign(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  const std::string type = body->value("type", "");
  if (type != "v4" && type != "v6" && type != "shared_v4" && type != "private_v6")
    return call.error(400,
                      "invalid ip type \"" + type + "\": expected v4, v6, shared_v4 or private_v6");
  const std::string region = body->value("region", "");
  const std::string service_name = body->value("service_name", "");
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    int64_t n = document.value("next_ip", int64_t{1});
    document["next_ip"] = n + 1;
    json ip = {{"ip", allocate(type, n)},
               {"region", region.empty() ? "global" : region},
               {"service_name", service_name},
               {"shared", type == "shared_v4"},
               {"created_at", format_rfc3339_ms(call.now)},
               {"type", type}};
    (*app)["ips"].push_back(ip);
    call.reply(200, ip_view(ip));
    return true;
  });
}

void release_ip(Call& call) {
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    auto& ips = (*app)["ips"];
    for (auto it = ips.begin(); it != ips.end(); ++it) {
      if ((*it)["ip"] == call.path_param(2)) {
        ips.erase(it);
        call.no_content();
        return true;
      }
    }
    call.error(404, "ip assignment not found");
    return false;
  });
}

}  // namespace

void register_ip_routes(Router& router) {
  router.get(kAppPattern + "/ip_assignments", list_ips);
  router.post(kAppPattern + "/ip_assignments", assign);
  router.del(kAppPattern + "/ip_assignments/([^/]+)", release_ip);
}

}  // namespace raxol::sandbox::fly
