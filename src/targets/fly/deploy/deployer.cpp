#include "targets/fly/deploy/deployer.h"

#include "util/parallel.h"
#include "targets/fly/deploy/lease_set.h"
#include "targets/fly/deploy/release_command.h"
#include "targets/fly/deploy/strategies.h"
#include "util/time_format.h"

namespace raxol::fly {

namespace {

nlohmann::json with_release(nlohmann::json config, const FlyRelease& release) {
  config["metadata"]["fly_release_id"] = release.id;
  config["metadata"]["fly_release_version"] = std::to_string(release.version);
  return config;
}

std::vector<std::string> machines_to_lease(const FlyPlanDetail& plan) {
  std::vector<std::string> ids;
  for (const auto& change : plan.changes)
    if (change.action != MachineChange::Action::create) ids.push_back(change.machine_id);
  return ids;
}

std::string serving(const FlyPlanDetail& plan) {
  return plan.current_release.empty() ? std::string("the previous machines")
                                      : plan.current_release;
}

// Puts back every change in the log; returns the lines describing what happened to each.
std::vector<std::string> restore_all(StepContext& steps, const ChangeLog& changes,
                                     bool& all_restored) {
  auto entries = changes.entries();
  std::vector<std::string> lines(entries.size());
  ParallelOptions options;
  options.concurrency = 8;
  options.stop_on_failure = false;  // restore as much as possible
  auto statuses = run_parallel(entries.size(), options, [&](size_t i) -> Status {
    const auto& entry = entries[i];
    Status restored = restore_change(steps, entry.change, entry.machine_id);
    std::string what = entry.change.action == MachineChange::Action::create
                           ? "destroyed new machine " + entry.machine_id
                           : "restored " + entry.machine_id + " to " +
                                 (entry.change.release_before.empty() ? entry.change.image_before
                                                                      : entry.change.release_before);
    lines[i] = restored.ok() ? what
                             : "could not restore " + entry.machine_id + ": " +
                                   restored.error().message;
    return restored;
  });
  all_restored = all_ok(statuses);
  return lines;
}

}  // namespace

Result<Outcome> Deployer::apply(const Plan& plan, Progress& progress) {
  auto detail = std::dynamic_pointer_cast<const FlyPlanDetail>(plan.detail);
  if (!detail) return make_error(ErrorKind::internal, "not a Fly plan");
  const FlyPlanDetail& fly_plan = *detail;
  const DeployInputs& inputs = fly_plan.inputs;
  Ui& ui = context_.ui;

  Outcome outcome;
  outcome.target = plan.target;
  outcome.release_before = fly_plan.current_release;
  outcome.url = "https://" + inputs.app + ".fly.dev";
  if (plan.no_changes()) {
    outcome.result = RunResult::unchanged;
    outcome.release_after = fly_plan.current_release;
    ui.success(inputs.app + " already runs " + inputs.image + " on every machine; nothing to do");
    return outcome;
  }

  if (!fly_plan.app_exists) {
    ui.step("Creating app " + inputs.app);
    RAXOL_TRY(machines_.create_app(inputs.app, inputs.org));
  }
  if (fly_plan.allocate_ips) {
    for (const char* type : {"v6", "shared_v4"}) {
      auto ip = machines_.allocate_ip(inputs.app, type);
      if (!ip.ok()) return ip.error();
      ui.info("  allocated " + std::string(type) + " " + ip->value("ip", std::string()));
    }
  }

  // The description is what another deploy is shown when it meets our leases: who, what, since.
  LeaseSet leases(machines_, inputs.app,
                  "raxol-deploy: " + inputs.user + " deploying " + inputs.image + " since " +
                      format_rfc3339(context_.clock.now()));
  auto to_lease = machines_to_lease(fly_plan);
  if (!to_lease.empty()) {
    ui.step("Leasing " + std::to_string(to_lease.size()) + " machines");
    RAXOL_TRY(leases.acquire_waiting(to_lease, options_.lease_concurrency, inputs.lock_wait,
                                     context_.clock, context_.cancel, [&ui](const Error& held) {
                                       ui.info("  waiting: " + held.message);
                                     }));
    leases.start_refreshing();
  }

  RAXOL_ASSIGN_OR_RETURN(FlyRelease release,
                         web_.create_release(inputs.app, inputs.definition, inputs.image,
                                             std::string(kStrategyNames.name(inputs.strategy)),
                                             inputs.description));
  const std::string version = "v" + std::to_string(release.version);
  RAXOL_TRY(web_.update_release(release.id, ReleaseStatus::running, release_metadata(inputs)));
  auto finish_release = [&](ReleaseStatus status, const std::string& error_text) {
    nlohmann::json metadata = release_metadata(inputs);
    metadata["post_deployment_info"] = {{"tool", std::string("raxol-deploy/") + RAXOL_VERSION}};
    if (!error_text.empty()) metadata["post_deployment_info"]["error"] = error_text;
    Status updated = web_.update_release(release.id, status, metadata);
    if (!updated.ok()) ui.warn("could not mark release " + version + " " +
                               std::string(kReleaseStatusNames.name(status)) + ": " +
                               updated.error().message);
  };

  ChangeLog changes;
  StepContext steps{machines_, leases, context_.clock, context_.cancel, inputs.app,
                    inputs.wait_timeout, options_.check_poll,
                    [&ui](const std::string& line) { ui.info("  " + line); },
                    [&changes](const MachineChange& change, const std::string& id) {
                      changes.record(change, id);
                    },
                    inputs.min_secrets_version};

  if (!inputs.release_command.empty()) {
    ReleaseCommandRun run{inputs.release_command,
                          with_release(inputs.release_command_config, release),
                          inputs.primary_region, inputs.release_command_timeout,
                          fly_plan.leftover_release_machines};
    run.config["image"] = inputs.image;
    Status ran = run_release_command(steps, web_, run, ui);
    if (!ran.ok()) {
      bool interrupted = context_.cancel.requested();
      finish_release(interrupted ? ReleaseStatus::interrupted : ReleaseStatus::failed, ran.error().message);
      Error error = ran.error();
      error.kind = interrupted ? ErrorKind::interrupted : ErrorKind::failed;
      error.notes.push_back("no app machine was changed: " + serving(fly_plan) +
                            " is still serving; release " + version + " is marked failed");
      return error;
    }
  }

  ui.step("Rolling out " + version + " (" + inputs.image + ") with the " +
          std::string(kStrategyNames.name(inputs.strategy)) +
          " strategy");
  auto config_for = [&](const MachineChange& change) {
    return with_release(change.config_after, release);
  };
  StrategyContext strategy{steps, fly_plan, config_for, changes, progress, ui};
  Status rolled = run_strategy(strategy);
  if (rolled.ok())
    if (auto lost = leases.refresh_failure()) rolled = *lost;

  if (!rolled.ok()) {
    bool interrupted = context_.cancel.requested();
    Error cause = rolled.error();
    if (changes.past_point_of_no_return()) {
      finish_release(ReleaseStatus::failed, cause.message);
      return cause.with_note("the new machines already serve; nothing was rolled back");
    }
    ui.step(std::string(interrupted ? "Interrupted" : "Deploy failed") + ": restoring " +
            std::to_string(changes.entries().size()) + " changed machines");
    bool all_restored = false;
    auto lines = restore_all(steps, changes, all_restored);
    finish_release(interrupted ? ReleaseStatus::interrupted : ReleaseStatus::failed, cause.message);
    Error error = make_error(
        interrupted ? ErrorKind::interrupted
                    : (all_restored ? ErrorKind::rolled_back : ErrorKind::failed),
        "deploy of " + version + " failed: " + cause.message);
    if (interrupted) error.message = "deploy of " + version + " was interrupted";
    error.http_status = cause.http_status;
    for (const auto& note : cause.notes) error.notes.push_back(note);
    if (all_restored)
      error.notes.push_back("rolled back: " + serving(fly_plan) + " is serving");
    else
      error.notes.push_back("could NOT restore every machine; the app may run mixed versions");
    for (const auto& line : lines) error.notes.push_back("  " + line);
    if (lines.empty()) error.notes.push_back("  no machine had been changed yet");
    return error;
  }

  for (const auto& change : fly_plan.changes) {
    if (change.action != MachineChange::Action::destroy) continue;
    Status destroyed = destroy_machine(steps, change.machine_id);
    if (!destroyed.ok()) ui.warn(destroyed.error().message);
  }
  finish_release(ReleaseStatus::complete, "");
  progress.finish("");
  outcome.result = RunResult::deployed;
  outcome.release_after = version;
  size_t updated = 0, created = 0;
  for (const auto& entry : changes.entries())
    (entry.change.action == MachineChange::Action::create ? created : updated) += 1;
  outcome.details = {{"app", inputs.app},
                     {"image", inputs.image},
                     {"strategy", kStrategyNames.name(inputs.strategy)},
                     {"release_id", release.id},
                     {"release_version", release.version},
                     {"machines_updated", updated},
                     {"machines_created", created}};
  ui.success("deployed " + inputs.app + " " + version + " (" + inputs.image + ")");
  return outcome;
}

}  // namespace raxol::fly
