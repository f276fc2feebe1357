// Machine metadata (/v1/apps/{app}/machines/{id}/metadata[/{key}]). Not lease-gated, as with
// the real API: fly-go sends no nonce here. Changing metadata does not mint a new version.
#include "sandbox/fly/routes.h"

namespace raxol::sandbox::fly {

namespace {

json& metadata_of(json& record) {
  auto& config = record["machine"]["config"];
  if (!config.is_object()) config = json::object();
  if (!config.contains("metadata") || !config["metadata"].is_object())
    config["metadata"] = json::object();
  return config["metadata"];
}

// Runs `change` on the machine's metadata; `change` answers errors itself and returns false.
void with_metadata(Call& call, bool allow_destroyed,
                   const std::function<bool(json& record, json& metadata)>& change) {
  call.update([&](json& document) {
    auto ref = find_machine(call, document, allow_destroyed);
    if (!ref) return false;
    return change(*ref.record, metadata_of(*ref.record));
  });
}

// PUT replaces, PATCH merges (a null value removes the key).
void write_all(Call& call, bool replace) {
  auto body = call.json_body();
  if (!body) return;
  if (!body->contains("metadata") || !(*body)["metadata"].is_object())
    return call.error(400, "metadata is required");
  with_metadata(call, false, [&](json& record, json& metadata) {
    const std::string version = body->value("machine_version", "");
    if (!version.empty() && version != record["machine"]["instance_id"]) {
      call.error(412, "failed_precondition: machine_version " + version + " is not current");
      return false;
    }
    if (replace) metadata = json::object();
    for (const auto& [key, value] : (*body)["metadata"].items()) {
      if (value.is_null()) {
        metadata.erase(key);
      } else {
        metadata[key] = value.is_string() ? value.get<std::string>() : value.dump();
      }
    }
    call.no_content();
    return true;
  });
}

}  // namespace

void register_metadata_routes(Router& router) {
  const std::string all = kMachinePattern + "/metadata";
  const std::string one = all + "/([^/]+)";
  router.get(all, [](Call& call) {
    with_metadata(call, true, [&](json&, json& metadata) {
      call.reply(200, metadata);
      return false;
    });
  });
  router.put(all, [](Call& call) { write_all(call, true); });
  router.patch(all, [](Call& call) { write_all(call, false); });
  router.get(one, [](Call& call) {
    with_metadata(call, true, [&](json&, json& metadata) {
      auto it = metadata.find(call.path_param(3));
      if (it == metadata.end()) {
        call.error(404, "metadata key not found");
      } else {
        call.reply(200, {{"value", *it}});
      }
      return false;
    });
  });
  router.post(one, [](Call& call) {
    auto body = call.json_body();
    if (!body) return;
    if (!body->contains("value") || !(*body)["value"].is_string())
      return call.error(400, "value is required");
    with_metadata(call, false, [&](json&, json& metadata) {
      metadata[call.path_param(3)] = (*body)["value"];
      call.no_content();
      return true;
    });
  });
  router.del(one, [](Call& call) {
    with_metadata(call, false, [&](json&, json& metadata) {
      metadata.erase(call.path_param(3));
      call.no_content();
      return true;
    });
  });
}

}  // namespace raxol::sandbox::fly
