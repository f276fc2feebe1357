#include "targets/fly/deploy/release_command.h"

namespace raxol::fly {

namespace {

constexpr size_t kLogTail = 100;

// The release machine's log lines (flyctl prints the last 100 on failure).
std::vector<std::string> release_logs(WebClient& web, const std::string& app,
                                      const std::string& machine_id) {
  std::vector<std::string> lines;
  std::string token;
  for (int page = 0; page < 50; ++page) {
    auto logs = web.logs(app, token, machine_id, "");
    if (!logs.ok() || logs->lines.empty()) break;
    for (const auto& line : logs->lines) lines.push_back(line.message);
    if (logs->next_token.empty() || logs->next_token == token) break;
    token = logs->next_token;
  }
  if (lines.size() > kLogTail) lines.erase(lines.begin(), lines.end() - kLogTail);
  return lines;
}

// Waits for one of `states`; not_found means the machine is already gone (auto-destroyed
// after it ran), which satisfies a wait for "destroyed".
Result<bool> wait_for(StepContext& context, const std::string& id, const std::string& states,
                      std::chrono::seconds limit) {
  const auto deadline = context.clock.steady_now() + limit;
  while (true) {
    if (context.cancel.requested()) return make_error(ErrorKind::interrupted, "interrupted");
    auto left = std::chrono::duration_cast<std::chrono::seconds>(deadline -
                                                                 context.clock.steady_now());
    if (limit.count() > 0 && left.count() <= 0) return false;
    int chunk = limit.count() > 0 ? static_cast<int>(std::min<long long>(left.count(), kWaitChunkSeconds))
                                  : kWaitChunkSeconds;
    auto waited = context.machines.wait(context.app, id, states, std::max(1, chunk));
    if (!waited.ok()) {
      if (waited.error().kind == ErrorKind::not_found) return true;
      return waited.error();
    }
    if (waited->reached) return true;
  }
}

}  // namespace

Status run_release_command(StepContext& context, WebClient& web, const ReleaseCommandRun& run,
                           Ui& ui) {
  for (const auto& leftover : run.leftover_machines)
    (void)context.machines.destroy_machine(context.app, leftover, true, "");

  ui.step("Running release command: " + run.command);
  nlohmann::json body = {{"config", run.config},
                         {"region", run.region},
                         {"skip_launch", true},
                         {"skip_secrets", false}};
  if (context.min_secrets_version) body["min_secrets_version"] = *context.min_secrets_version;
  RAXOL_ASSIGN_OR_RETURN(Machine machine, context.machines.create_machine(context.app, body));
  const std::string id = machine.id;
  auto cleanup = [&] { (void)context.machines.destroy_machine(context.app, id, true, ""); };

  auto settled = wait_for(context, id, "stopped", context.wait_timeout);
  if (!settled.ok() || !*settled) {
    cleanup();
    return settled.ok() ? make_error(ErrorKind::timeout,
                                     "the release command machine " + id + " was not created in time")
                        : settled.error();
  }
  if (Status started = context.machines.start_machine(context.app, id, ""); !started.ok()) {
    cleanup();
    return started;
  }
  auto finished = wait_for(context, id, "destroyed", run.timeout);
  if (!finished.ok()) {
    cleanup();
    return finished.error();
  }
  if (!*finished) {
    cleanup();
    return make_error(ErrorKind::timeout, "release command `" + run.command + "` ran longer than " +
                                              std::to_string(run.timeout.count()) +
                                              "s (release_command_timeout) and was stopped");
  }

  // The exit code lives in the machine's events (a destroyed machine can still be read).
  std::optional<int> exit_code;
  for (int attempt = 0; attempt < 20 && !exit_code; ++attempt) {
    auto final_state = context.machines.get_machine(context.app, id);
    if (final_state.ok()) exit_code = final_state->last_exit_code();
    if (!exit_code) context.clock.sleep_for(std::chrono::milliseconds(250));
  }
  if (!exit_code)
    return make_error(ErrorKind::failed,
                      "release command machine " + id + " ended but reported no exit code");
  if (*exit_code != 0) {
    Error error = make_error(
        ErrorKind::failed, "release command `" + run.command + "` failed on machine " + id +
                               " with exit code " + std::to_string(*exit_code));
    auto logs = release_logs(web, context.app, id);
    if (!logs.empty()) {
      error.notes.push_back("its last " + std::to_string(logs.size()) + " log lines:");
      for (const auto& line : logs) error.notes.push_back("  " + line);
    }
    return error;
  }
  if (ui.verbosity() > 0)
    for (const auto& line : release_logs(web, context.app, id)) ui.debug("release: " + line);
  ui.success("release command finished (exit code 0)");
  return {};
}

}  // namespace raxol::fly
