// Volumes, minimal (/v1/apps/{app}/volumes[/{id}]): enough for deploys that attach volumes
// by name. Machines attach one on create (machines_routes.cpp) and release it when destroyed.
#include <regex>

#include "sandbox/fly/routes.h"
#include "util/ids.h"
#include "util/time_format.h"

namespace raxol::sandbox::fly {

namespace {

json volume_view(const json& volume) {
  json view = volume;
  const int64_t size = view.value("size_gb", int64_t{1});
  const int64_t blocks = size * 1024 * 1024 / 4;  // 4 KiB blocks
  view["block_size"] = 4096;
  view["blocks"] = blocks;
  view["blocks_free"] = blocks;
  view["blocks_avail"] = blocks;
  view["bytes_total"] = size * 1024 * 1024 * 1024;
  view["bytes_used"] = 0;
  return view;
}

void list_volumes(Call& call) {
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    json volumes = json::array();
    for (const auto& [id, volume] : (*app)["volumes"].items())
      volumes.push_back(volume_view(volume));
    call.reply(200, volumes);
    return false;
  });
}

void create_volume(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  static const std::regex name_pattern("[a-z0-9_]{1,30}");
  const std::string name = body->value("name", "");
  if (!std::regex_match(name, name_pattern))
    return call.error(400, "volume name must be 1-30 lowercase letters, digits or underscores");
  const int size = body->value("size_gb", 1);
  if (size < 1 || size > 500) return call.error(400, "size_gb must be between 1 and 500");
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    std::string id = "vol_" + random_alnum(16);
    std::string region = body->value("region", "");
    json volume = {{"id", id},
                   {"name", name},
                   {"state", "created"},
                   {"size_gb", size},
                   {"region", region.empty() ? call.settings.default_region : region},
                   {"zone", random_hex(2)},
                   {"encrypted", body->value("encrypted", true)},
                   {"fstype", body->value("fstype", "ext4")},
                   {"type", "local"},
                   {"host_status", "ok"},
                   {"snapshot_retention", body->value("snapshot_retention", 5)},
                   {"auto_backup_enabled", body->value("auto_backup_enabled", true)},
                   {"attached_machine_id", nullptr},
                   {"attached_alloc_id", nullptr},
                   {"created_at", format_rfc3339_ms(call.now)}};
    (*app)["volumes"][id] = volume;
    call.reply(200, volume_view(volume));
    return true;
  });
}

void with_volume(Call& call, const std::function<bool(json& app, json& volume)>& use) {
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    auto& volumes = (*app)["volumes"];
    if (!volumes.contains(call.path_param(2))) {
      call.error(404, "volume not found");
      return false;
    }
    return use(*app, volumes[call.path_param(2)]);
  });
}

}  // namespace

void register_volumes_routes(Router& router) {
  const std::string base = kAppPattern + "/volumes";
  router.get(base, list_volumes);
  router.post(base, create_volume);
  router.get(base + "/([^/]+)", [](Call& call) {
    with_volume(call, [&](json&, json& volume) {
      call.reply(200, volume_view(volume));
      return false;
    });
  });
  router.del(base + "/([^/]+)", [](Call& call) {
    with_volume(call, [&](json& app, json& volume) {
      if (!volume["attached_machine_id"].is_null()) {
        call.error(412, "failed_precondition: volume is attached to machine " +
                            volume["attached_machine_id"].get<std::string>());
        return false;
      }
      json gone = volume_view(volume);
      gone["state"] = "destroyed";
      app["volumes"].erase(call.path_param(2));
      call.reply(200, gone);
      return true;
    });
  });
}

}  // namespace raxol::sandbox::fly
