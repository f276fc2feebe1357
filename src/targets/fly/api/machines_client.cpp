#include "targets/fly/api/machines_client.h"

namespace raxol::fly {

namespace {
std::string short_id(const std::string& id) { return id; }
}  // namespace

std::string MachinesClient::machine_path(const std::string& app, const std::string& id) const {
  return app_path(app) + "/machines/" + url_encode(id);
}

Result<FlyAnswer> MachinesClient::send(FlyCall call) {
  call.base = transport_.machines_base();
  return transport_.send(call);
}

Result<nlohmann::json> MachinesClient::get_app(const std::string& app) {
  FlyCall call;
  call.path = app_path(app);
  call.what = "get app " + app;
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  return answer.body;
}

Result<nlohmann::json> MachinesClient::create_app(const std::string& app,
                                                  const std::string& org_slug) {
  FlyCall call;
  call.method = "POST";
  call.path = "/apps";
  call.what = "create app " + app;
  call.body = {{"name", app}, {"org_slug", org_slug}};
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  return answer.body;
}

Result<std::vector<Machine>> MachinesClient::list_machines(const std::string& app) {
  FlyCall call;
  call.path = app_path(app) + "/machines";
  call.what = "list machines of " + app;
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  std::vector<Machine> machines;
  if (answer.body.is_array())
    for (const auto& item : answer.body) machines.push_back(Machine::from_json(item));
  return machines;
}

Result<Machine> MachinesClient::get_machine(const std::string& app, const std::string& id) {
  FlyCall call;
  call.path = machine_path(app, id);
  call.what = "get machine " + short_id(id);
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  return Machine::from_json(answer.body);
}

Result<Machine> MachinesClient::create_machine(const std::string& app, const nlohmann::json& body) {
  FlyCall call;
  call.method = "POST";
  call.path = app_path(app) + "/machines";
  call.what = "create machine in " + app;
  call.body = body;
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  return Machine::from_json(answer.body);
}

Result<Machine> MachinesClient::update_machine(const std::string& app, const std::string& id,
                                               const nlohmann::json& body,
                                               const std::string& nonce) {
  FlyCall call;
  call.method = "POST";
  call.path = machine_path(app, id);
  call.what = "update machine " + short_id(id);
  call.body = body;
  call.lease_nonce = nonce;
  // An update carries the whole desired config: sending it twice has the same effect.
  call.retry_safe = true;
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  return Machine::from_json(answer.body);
}

Status MachinesClient::start_machine(const std::string& app, const std::string& id,
                                     const std::string& nonce) {
  FlyCall call;
  call.method = "POST";
  call.path = machine_path(app, id) + "/start";
  call.what = "start machine " + short_id(id);
  call.lease_nonce = nonce;
  call.retry_safe = true;
  RAXOL_TRY(send(call));
  return {};
}

Status MachinesClient::destroy_machine(const std::string& app, const std::string& id, bool force,
                                       const std::string& nonce) {
  FlyCall call;
  call.method = "DELETE";
  call.path = machine_path(app, id) + (force ? "?force=true" : "");
  call.what = "destroy machine " + short_id(id);
  call.lease_nonce = nonce;
  RAXOL_TRY(send(call));
  return {};
}

Status MachinesClient::cordon_machine(const std::string& app, const std::string& id,
                                      const std::string& nonce, bool cordon) {
  FlyCall call;
  call.method = "POST";
  call.path = machine_path(app, id) + (cordon ? "/cordon" : "/uncordon");
  call.what = (cordon ? "cordon machine " : "uncordon machine ") + short_id(id);
  call.lease_nonce = nonce;
  call.retry_safe = true;
  RAXOL_TRY(send(call));
  return {};
}

Result<WaitResult> MachinesClient::wait(const std::string& app, const std::string& id,
                                        const std::string& states, int timeout_seconds,
                                        const std::string& version) {
  timeout_seconds = std::clamp(timeout_seconds, 1, 60);
  FlyCall call;
  call.path = machine_path(app, id) + "/wait?state=" + url_encode(states) +
              "&timeout=" + std::to_string(timeout_seconds);
  if (!version.empty()) call.path += "&version=" + url_encode(version);
  call.what = "wait for machine " + short_id(id) + " to be " + states;
  call.final_statuses = {408};
  call.timeout = std::chrono::seconds(timeout_seconds + 15);
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  WaitResult result;
  result.reached = answer.status != 408;
  if (answer.body.is_object()) result.state = answer.body.value("state", std::string());
  return result;
}

Result<nlohmann::json> MachinesClient::exec(const std::string& app, const std::string& id,
                                            const std::vector<std::string>& command,
                                            int timeout_seconds) {
  FlyCall call;
  call.method = "POST";
  call.path = machine_path(app, id) + "/exec";
  call.what = "exec in machine " + short_id(id);
  call.body = {{"command", command}, {"timeout", timeout_seconds}};
  call.timeout = std::chrono::seconds(timeout_seconds + 15);
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  return answer.body;
}

Result<Lease> MachinesClient::acquire_lease(const std::string& app, const std::string& id,
                                            int ttl_seconds, const std::string& description,
                                            const std::string& nonce) {
  FlyCall call;
  call.method = "POST";
  call.path = machine_path(app, id) + "/lease";
  call.what = (nonce.empty() ? "lease machine " : "refresh lease on machine ") + short_id(id);
  call.body = {{"ttl", ttl_seconds}};
  if (!description.empty()) call.body["description"] = description;
  call.lease_nonce = nonce;
  // Acquiring twice with no nonce would conflict with ourselves; only a refresh is repeatable.
  call.retry_safe = !nonce.empty();
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  // The API wraps the lease: {"status":"success","data":{nonce, expires_at, owner, ...}}.
  const auto& data = answer.body.is_object() && answer.body.contains("data") ? answer.body["data"]
                                                                              : answer.body;
  Lease lease;
  if (data.is_object()) {
    lease.nonce = data.value("nonce", std::string());
    lease.expires_at = data.value("expires_at", 0LL);
    lease.owner = data.value("owner", std::string());
    lease.description = data.value("description", std::string());
  }
  if (lease.nonce.empty())
    return make_error(ErrorKind::api, "Fly API: " + call.what + ": the answer has no lease nonce");
  return lease;
}

Status MachinesClient::release_lease(const std::string& app, const std::string& id,
                                     const std::string& nonce) {
  FlyCall call;
  call.method = "DELETE";
  call.path = machine_path(app, id) + "/lease";
  call.what = "release lease on machine " + short_id(id);
  call.lease_nonce = nonce;
  call.final_statuses = {404};  // already expired or released: the goal is reached
  RAXOL_TRY(send(call));
  return {};
}

Result<std::optional<Lease>> MachinesClient::get_lease(const std::string& app,
                                                       const std::string& id) {
  FlyCall call;
  call.path = machine_path(app, id) + "/lease";
  call.what = "get lease of machine " + short_id(id);
  call.final_statuses = {404};
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  if (answer.status == 404) return std::optional<Lease>();
  const auto& data = answer.body.is_object() && answer.body.contains("data") ? answer.body["data"]
                                                                              : answer.body;
  Lease lease;
  lease.nonce = data.value("nonce", std::string());
  lease.expires_at = data.value("expires_at", 0LL);
  lease.owner = data.value("owner", std::string());
  lease.description = data.value("description", std::string());
  return std::optional<Lease>(lease);
}

Result<std::vector<nlohmann::json>> MachinesClient::list_ips(const std::string& app) {
  FlyCall call;
  call.path = app_path(app) + "/ip_assignments";
  call.what = "list IP addresses of " + app;
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  std::vector<nlohmann::json> ips;
  if (answer.body.is_object() && answer.body.contains("ips") && answer.body["ips"].is_array())
    for (const auto& ip : answer.body["ips"]) ips.push_back(ip);
  return ips;
}

Result<nlohmann::json> MachinesClient::allocate_ip(const std::string& app,
                                                   const std::string& type) {
  FlyCall call;
  call.method = "POST";
  call.path = app_path(app) + "/ip_assignments";
  call.what = "allocate " + type + " IP for " + app;
  call.body = {{"type", type}};
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  return answer.body;
}

}  // namespace raxol::fly
