#include "targets/fly/deploy/machine_steps.h"

namespace raxol::fly {

namespace {


Error interrupted() { return make_error(ErrorKind::interrupted, "interrupted"); }

std::string checks_summary(const Machine& machine) {
  if (machine.checks.empty()) return "no checks";
  return std::to_string(machine.passing_checks()) + "/" + std::to_string(machine.checks.size()) +
         " checks passing";
}

std::string failing_check(const Machine& machine) {
  for (const auto& check : machine.checks)
    if (check.status != "passing")
      return "check '" + check.name + "' is " + check.status +
             (check.output.empty() ? std::string() : ": " + check.output);
  return "no check reported yet";
}

bool stopped_for_good(const std::string& state) {
  return state == "stopped" || state == "failed" || state == "destroyed" || state == "destroying";
}

Error machine_died(const Machine& machine) {
  std::string text = "machine " + machine.id + " " + machine.state + " instead of running";
  if (auto code = machine.last_exit_code()) text += " (exit code " + std::to_string(*code) + ")";
  return make_error(ErrorKind::failed, text);
}

}  // namespace

Result<Machine> wait_until_healthy(StepContext& context, const std::string& id,
                                   const std::string& version) {
  const auto deadline = context.clock.steady_now() + context.wait_timeout;
  auto seconds_left = [&] {
    return std::chrono::duration_cast<std::chrono::seconds>(deadline - context.clock.steady_now())
        .count();
  };
  // 1. Started, on our version.
  while (true) {
    if (context.cancel.requested()) return interrupted();
    long long left = seconds_left();
    if (left <= 0) {
      auto machine = context.machines.get_machine(context.app, id);
      std::string state = machine.ok() ? machine->state : "unknown";
      return make_error(ErrorKind::timeout,
                        "machine " + id + " did not start within " +
                            std::to_string(context.wait_timeout.count()) + "s (state " + state +
                            "); raise --wait-timeout if the app needs longer to boot");
    }
    auto waited = context.machines.wait(context.app, id, "started",
                                        static_cast<int>(std::min<long long>(left, kWaitChunkSeconds)),
                                        version);
    if (!waited.ok()) return waited.error();
    if (waited->reached) break;
    auto machine = context.machines.get_machine(context.app, id);
    if (!machine.ok()) return machine.error();
    if (machine->instance_id == version && stopped_for_good(machine->state))
      return machine_died(*machine);
  }
  // 2. Checks passing (only when the config defines any).
  while (true) {
    if (context.cancel.requested()) return interrupted();
    auto machine = context.machines.get_machine(context.app, id);
    if (!machine.ok()) return machine.error();
    if (machine->instance_id != version)
      return make_error(ErrorKind::failed, "machine " + id + " is not on the version we deployed "
                                           "(the platform reverted the update)");
    if (machine->state != "started") return machine_died(*machine);
    if (!machine->has_checks_configured() || machine->all_checks_passing()) return *machine;
    if (seconds_left() <= 0)
      return make_error(ErrorKind::failed,
                        "health checks did not pass on machine " + id + " within " +
                            std::to_string(context.wait_timeout.count()) + "s: " +
                            failing_check(*machine));
    context.clock.sleep_for(context.check_poll);
  }
}

Result<Machine> launch_update(StepContext& context, const MachineChange& change,
                              const nlohmann::json& config) {
  if (context.cancel.requested()) return interrupted();
  nlohmann::json body = {{"config", config},
                         {"region", change.region},
                         {"skip_launch", change.keeps_stopped()},
                         {"skip_secrets", false}};
  if (context.min_secrets_version) body["min_secrets_version"] = *context.min_secrets_version;
  RAXOL_ASSIGN_OR_RETURN(
      Machine updated,
      context.machines.update_machine(context.app, change.machine_id, body,
                                      context.leases.nonce(change.machine_id)));
  if (context.changed) context.changed(change, change.machine_id);
  return updated;
}

Result<Machine> launch_create(StepContext& context, const MachineChange& change,
                              nlohmann::json body) {
  if (context.cancel.requested()) return interrupted();
  body["lease_ttl"] = static_cast<int>(context.wait_timeout.count()) + 60;
  body["skip_secrets"] = false;
  if (context.min_secrets_version) body["min_secrets_version"] = *context.min_secrets_version;
  RAXOL_ASSIGN_OR_RETURN(Machine created, context.machines.create_machine(context.app, body));
  if (!created.lease_nonce.empty()) context.leases.adopt(created.id, created.lease_nonce);
  if (context.changed) context.changed(change, created.id);
  return created;
}

Result<Machine> verify_launched(StepContext& context, const MachineChange& change,
                                const Machine& machine, bool created) {
  const std::string where = " (" + change.group + ", " + machine.region + ")";
  if (!created && change.keeps_stopped()) {
    if (context.report)
      context.report("updated " + machine.id + where + ", left " + change.state_before);
    return machine;
  }
  auto verified = wait_until_healthy(context, machine.id, machine.instance_id);
  if (!verified.ok()) {
    Error error = verified.error();
    if (created) error.notes.push_back("new machine " + machine.id);
    return error;
  }
  if (context.report)
    context.report(std::string(created ? "created " : "updated ") + machine.id + where +
                   ": started, " + checks_summary(*verified));
  return verified;
}

Result<Machine> update_and_verify(StepContext& context, const MachineChange& change,
                                  const nlohmann::json& config) {
  RAXOL_ASSIGN_OR_RETURN(Machine updated, launch_update(context, change, config));
  return verify_launched(context, change, updated, false);
}

Result<Machine> create_and_verify(StepContext& context, const MachineChange& change,
                                  nlohmann::json body) {
  bool stays_stopped = body.value("skip_launch", false);
  RAXOL_ASSIGN_OR_RETURN(Machine created, launch_create(context, change, std::move(body)));
  if (stays_stopped) return created;
  return verify_launched(context, change, created, true);
}

Status destroy_machine(StepContext& context, const std::string& id) {
  RAXOL_TRY(context.machines.destroy_machine(context.app, id, true, context.leases.nonce(id)));
  context.leases.forget(id);
  if (context.report) context.report("destroyed " + id);
  return {};
}

Status restore_change(StepContext& context, const MachineChange& change,
                      const std::string& machine_id) {
  if (change.action == MachineChange::Action::create) return destroy_machine(context, machine_id);
  if (change.action == MachineChange::Action::destroy)
    return make_error(ErrorKind::failed, "machine " + change.machine_id +
                                             " was destroyed and cannot be restored");
  // Restoring must finish even after SIGINT: it is what leaves the app whole.
  CancelToken never;
  StepContext uncancellable{context.machines, context.leases,       context.clock,
                            never,            context.app,          context.wait_timeout,
                            context.check_poll, context.report,   nullptr,
                            context.min_secrets_version};
  nlohmann::json body = {{"config", change.config_before},
                         {"region", change.region},
                         {"skip_launch", change.keeps_stopped()},
                         {"skip_secrets", false}};
  RAXOL_ASSIGN_OR_RETURN(Machine restored,
                         context.machines.update_machine(context.app, machine_id, body,
                                                         context.leases.nonce(machine_id)));
  if (!change.keeps_stopped())
    RAXOL_TRY(wait_until_healthy(uncancellable, machine_id, restored.instance_id));
  if (context.report)
    context.report("restored " + machine_id + " (" + change.group + ", " + change.region +
                   ") to " + (change.release_before.empty() ? change.image_before
                                                            : change.release_before));
  return {};
}

}  // namespace raxol::fly
