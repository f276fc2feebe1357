// Machines: list, create, show, update and destroy (/v1/apps/{app}/machines[/{id}]).
#include "sandbox/fly/ids.h"
#include "sandbox/fly/leases.h"
#include "sandbox/fly/machine_lifecycle.h"
#include "sandbox/fly/machine_view.h"
#include "sandbox/fly/routes.h"
#include "sandbox/fly/sandbox_images.h"
#include "util/json_fields.h"

namespace raxol::sandbox::fly {

namespace {

bool contains_state(const std::string& list, const std::string& state) {
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (list.substr(start, comma == std::string::npos ? std::string::npos : comma - start) == state)
      return true;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return false;
}

// The fields of CreateMachineRequest/UpdateMachineRequest the emulator uses, read before the
// state is touched so that a malformed body never leaves a half-made machine.
struct LaunchRequest {
  json config;  // null when absent (an update keeps the config)
  std::string region, name, current_version;
  bool skip_launch = false;
  int lease_ttl = 0;
};

std::optional<LaunchRequest> parse_launch(Call& call, const json& body, bool config_required) {
  LaunchRequest launch;
  try {
    if (body.contains("config") && !body["config"].is_null()) launch.config = body["config"];
    launch.region = body.value("region", "");
    launch.name = body.value("name", "");
    launch.current_version = body.value("current_version", "");
    launch.skip_launch = body.value("skip_launch", false);
    launch.lease_ttl = body.value("lease_ttl", 0);
    if ((config_required || !launch.config.is_null()) &&
        string_field(launch.config, "image").empty()) {
      call.error(400, "invalid config.image: an image is required");
      return std::nullopt;
    }
  } catch (const json::exception& error) {
    call.error(400, std::string("invalid request body: ") + error.what());
    return std::nullopt;
  }
  return launch;
}

// Mounts name a volume by id, or by name for the first unattached volume in the region (as
// flyctl's deploy expects the platform to pick one).
void attach_volumes(json& app, json& record) {
  auto& config = record["machine"]["config"];
  if (!config.contains("mounts") || !config["mounts"].is_array()) return;
  const json& id = record["machine"]["id"];
  for (auto& mount : config["mounts"]) {
    if (!mount.is_object()) continue;
    std::string wanted = string_field(mount, "volume");
    for (auto& [volume_id, volume] : app["volumes"].items()) {
      bool free = volume["attached_machine_id"].is_null() || volume["attached_machine_id"] == id;
      bool chosen = wanted.empty() ? (free && volume["name"] == string_field(mount, "name") &&
                                      volume["region"] == record["machine"]["region"])
                                   : volume_id == wanted;
      if (!chosen || !free) continue;
      volume["attached_machine_id"] = id;
      mount["volume"] = volume_id;
      break;
    }
  }
}

std::string default_region(const json& app, const FlySettings& settings) {
  int64_t oldest = 0;
  std::string region = settings.default_region;
  for (const auto& [id, record] : app["machines"].items()) {
    int64_t created = record.value("created_ms", int64_t{0});
    if (oldest == 0 || created < oldest) {
      oldest = created;
      region = record["machine"].value("region", region);
    }
  }
  return region;
}

void list_machines(Call& call) {
  const bool include_deleted = call.query_bool("include_deleted");
  const bool summary = call.query_bool("summary");
  const std::string region = call.query("region");
  const std::string states = call.query("state");
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    json machines = json::array();
    for (const auto& [id, record] : (*app)["machines"].items()) {
      const std::string& state = machine_state(record);
      if (!include_deleted && (state == "destroyed" || state == "destroying")) continue;
      if (!region.empty() && record["machine"]["region"] != region) continue;
      if (!states.empty() && !contains_state(states, state)) continue;
      machines.push_back(machine_view(record, call.now, summary));
    }
    call.reply(200, machines);
    return false;
  });
}

// The machine's image_digest (machine_lifecycle.h): the sandbox registry manifest's digest,
// none for images of other registries.
void set_image_digest(json& record, const std::string& digest) {
  if (digest.empty())
    record.erase("image_digest");
  else
    record["image_digest"] = digest;
}

void create_machine(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  auto launch = parse_launch(call, *body, true);
  if (!launch) return;
  auto digest = resolve_sandbox_image(call, string_field(launch->config, "image"));
  if (!digest) return;
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    std::string id = new_machine_id();
    std::string region =
        launch->region.empty() ? default_region(*app, call.settings) : launch->region;
    std::string name = launch->name.empty() ? new_machine_name() : launch->name;
    auto& record = (*app)["machines"][id] =
        new_machine_record(id, name, region, launch->config, call.now);
    set_image_digest(record, *digest);
    attach_volumes(*app, record);
    append_log(*app, call.now, id, region, "runner",
               "Pulling container image " + string_field(launch->config, "image"));
    schedule_launch(*app, record, call.settings, call.now, launch->skip_launch);
    json view = machine_view(record, call.now);
    if (launch->lease_ttl > 0)
      view["nonce"] = grant_lease(record, call.owner, "", launch->lease_ttl, call.now)["nonce"];
    call.reply(200, view);
    return true;
  });
}

void show_machine(Call& call) {
  call.update([&](json& document) {
    if (auto ref = find_machine(call, document, true))
      call.reply(200, machine_view(*ref.record, call.now));
    return false;
  });
}

void update_machine(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  auto launch = parse_launch(call, *body, false);
  if (!launch) return;
  std::optional<std::string> digest = "";
  if (!launch->config.is_null())
    digest = resolve_sandbox_image(call, string_field(launch->config, "image"));
  if (!digest) return;
  call.update([&](json& document) {
    auto ref = find_machine(call, document, false);
    if (!ref || !check_lease(call, *ref.record)) return false;
    auto& machine = (*ref.record)["machine"];
    if (!launch->current_version.empty() && launch->current_version != machine["instance_id"]) {
      call.error(412, "failed_precondition: current_version " + launch->current_version +
                          " does not match the machine's version " +
                          machine["instance_id"].get<std::string>());
      return false;
    }
    if (!launch->config.is_null()) {
      machine["config"] = launch->config;
      set_image_digest(*ref.record, *digest);
    }
    if (!launch->name.empty()) machine["name"] = launch->name;
    attach_volumes(*ref.app, *ref.record);
    schedule_update(*ref.app, *ref.record, call.settings, call.now, launch->skip_launch);
    call.reply(200, machine_view(*ref.record, call.now));
    return true;
  });
}

void destroy_machine(Call& call) {
  // The spec's `?force=`; flyctl sends `?kill=`.
  const bool force = call.query_bool("force") || call.query_bool("kill");
  call.update([&](json& document) {
    auto ref = find_machine(call, document, false);
    if (!ref || !check_lease(call, *ref.record)) return false;
    if (is_running(*ref.record) && !force) {
      call.error(412,
                 "failed_precondition: unable to destroy machine, not currently stopped, "
                 "suspended or failed (use force)");
      return false;
    }
    schedule_destroy(*ref.app, *ref.record, call.settings, call.now);
    call.reply(200, {{"ok", true}});
    return true;
  });
}

}  // namespace

void register_machines_routes(Router& router) {
  router.get(kAppPattern + "/machines", list_machines);
  router.post(kAppPattern + "/machines", create_machine);
  router.get(kMachinePattern, show_machine);
  router.post(kMachinePattern, update_machine);
  router.del(kMachinePattern, destroy_machine);
}

}  // namespace raxol::sandbox::fly
