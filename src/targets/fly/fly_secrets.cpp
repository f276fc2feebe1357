#include "targets/fly/fly_secrets.h"

#include <set>

#include "system/identity.h"
#include "targets/fly/deploy/deploy_planner.h"
#include "targets/fly/deploy/deployer.h"
#include "util/strings.h"

namespace raxol::fly {

namespace {

Status check_scope(const std::string& scope) {
  if (scope.empty() || scope == "app") return {};
  return make_error(ErrorKind::usage, "Fly secrets belong to the whole app; --env " + scope +
                                          " is for Cloudflare Pages targets");
}

// The newest complete release: what the machines run.
const FlyRelease* current_release(const std::vector<FlyRelease>& releases) {
  for (const auto& release : releases)
    if (release.status == ReleaseStatus::complete) return &release;
  return nullptr;
}

// "deployed" when the running release saw this value, "staged" when it did not. Releases we
// made record every secret's digest; for others (flyctl's), compare dates as flyctl does.
std::string secret_status(const FlySecret& secret, const FlyRelease* running) {
  if (running == nullptr) return "staged";
  const auto& metadata = running->metadata;
  if (metadata.is_object() && metadata.contains("raxol_deploy") &&
      metadata["raxol_deploy"].contains("secret_digests")) {
    const auto& digests = metadata["raxol_deploy"]["secret_digests"];
    return digests.value(secret.name, std::string()) == secret.digest ? "deployed" : "staged";
  }
  // RFC 3339 UTC strings of one format compare as dates.
  return secret.updated_at <= running->created_at ? "deployed" : "staged";
}

// Inputs for a restart-only deploy: what the running release recorded, or, for an app deployed
// by another tool, what its machines run.
Result<DeployInputs> restart_inputs(const std::vector<FlyRelease>& releases,
                                    const std::vector<Machine>& machines) {
  const FlyRelease* running = current_release(releases);
  if (running != nullptr) {
    auto recorded = inputs_from_release_metadata(running->metadata);
    if (recorded.ok()) {
      recorded->definition = running->config_definition.is_null() ? nlohmann::json::object()
                                                                   : running->config_definition;
      return recorded;
    }
  }
  DeployInputs inputs;
  inputs.image = machines.front().image();
  for (const auto& machine : machines)
    if (!inputs.group_configs.count(machine.process_group()))
      inputs.group_configs[machine.process_group()] = machine.config;
  return inputs;
}

nlohmann::json same_config(const std::string&, const nlohmann::json& desired,
                           const nlohmann::json&) {
  return desired;
}

}  // namespace

Result<nlohmann::json> read_secret_digests(AppResourcesClient& resources, const std::string& app) {
  auto listed = resources.list_secrets(app);
  if (!listed.ok() && listed.error().kind == ErrorKind::not_found) return nlohmann::json::object();
  if (!listed.ok()) return listed.error();
  nlohmann::json digests = nlohmann::json::object();
  for (const auto& secret : *listed) digests[secret.name] = secret.digest;
  return digests;
}

Result<std::vector<SecretInfo>> FlySecrets::list_secrets(const std::string& scope) {
  RAXOL_TRY(check_scope(scope));
  RAXOL_ASSIGN_OR_RETURN(auto secrets, resources_.list_secrets(app_));
  auto releases = web_.list_releases(app_, 50);
  if (!releases.ok() && releases.error().kind != ErrorKind::not_found) return releases.error();
  std::vector<FlyRelease> known = releases.ok() ? *releases : std::vector<FlyRelease>{};
  RAXOL_ASSIGN_OR_RETURN(auto machines, machines_.list_machines(app_));

  // The release each app machine runs, as flyctl reads it (fly_release_version); without
  // machines, the newest complete release.
  std::vector<const FlyRelease*> running;
  for (const auto& machine : machines) {
    if (!is_app_machine(machine)) continue;
    const std::string version = machine.metadata("fly_release_version");
    const FlyRelease* found = nullptr;
    for (const auto& release : known)
      if (std::to_string(release.version) == version) found = &release;
    running.push_back(found);
  }
  if (running.empty()) running.push_back(current_release(known));

  std::vector<SecretInfo> infos;
  for (const auto& secret : secrets) {
    // Deployed on every machine, staged on none of them... or partial: some machines restarted
    // with it and some did not (a restart that stopped past its point of no return).
    std::set<std::string> seen;
    for (const FlyRelease* release : running)
      seen.insert(release == nullptr ? "unknown" : secret_status(secret, release));
    std::string status = seen.size() == 1 ? *seen.begin() : "partial";
    infos.push_back({secret.name, secret.digest, "app", status, secret.created_at,
                     secret.updated_at});
  }
  return infos;
}

Result<SecretsOutcome> FlySecrets::set_secrets(const SecretsRequest& request) {
  RAXOL_TRY(check_scope(request.scope));
  if (request.values.empty()) return make_error(ErrorKind::usage, "no secrets to set");
  nlohmann::json values = nlohmann::json::object();
  std::vector<std::string> names;
  for (const auto& [name, value] : request.values) {
    values[name] = value;
    names.push_back(name);
  }
  return change(values, request.stage, names, "secrets set: " + join(names, ", "));
}

Result<SecretsOutcome> FlySecrets::unset_secrets(const SecretsRequest& request) {
  RAXOL_TRY(check_scope(request.scope));
  if (request.names.empty()) return make_error(ErrorKind::usage, "no secrets to remove");
  RAXOL_ASSIGN_OR_RETURN(auto existing, resources_.list_secrets(app_));
  std::vector<std::string> missing;
  nlohmann::json values = nlohmann::json::object();
  for (const auto& name : request.names) {
    bool known = false;
    for (const auto& secret : existing) known = known || secret.name == name;
    if (!known) missing.push_back(name);
    values[name] = nullptr;
  }
  // Nothing is changed when one name is wrong: a typo must not half-apply.
  if (!missing.empty())
    return make_error(ErrorKind::not_found, "not a secret of " + app_ + ": " + join(missing, ", ") +
                                                " (nothing was removed)");
  return change(values, request.stage, request.names,
                "secrets unset: " + join(request.names, ", "));
}

Result<SecretsOutcome> FlySecrets::deploy_secrets() {
  return restart(std::nullopt, "secrets deploy", false);
}

Result<SecretsOutcome> FlySecrets::change(const nlohmann::json& values, bool stage,
                                          std::vector<std::string> names,
                                          const std::string& description) {
  context_.ui.step("Updating secrets of " + app_);
  RAXOL_ASSIGN_OR_RETURN(int64_t version, resources_.update_secrets(app_, values));
  SecretsOutcome outcome;
  if (stage) {
    outcome.names = std::move(names);
    outcome.applied = "staged";
    outcome.details = {{"secrets_version", version}};
    return outcome;
  }
  auto restarted = restart(version, description, true);
  if (!restarted.ok()) {
    Error error = restarted.error();
    error.notes.push_back("the secrets are stored but not live on every machine: run "
                          "`raxol-deploy secrets deploy " + target_name_ + "` once fixed");
    return error;
  }
  restarted->names = std::move(names);
  restarted->details["secrets_version"] = version;
  return restarted;
}

Result<SecretsOutcome> FlySecrets::restart(std::optional<int64_t> min_version,
                                           const std::string& description,
                                           bool staged_if_no_machines) {
  auto releases = web_.list_releases(app_, 25);
  if (!releases.ok() && releases.error().kind != ErrorKind::not_found) return releases.error();
  std::vector<FlyRelease> known = releases.ok() ? *releases : std::vector<FlyRelease>{};
  RAXOL_ASSIGN_OR_RETURN(auto listed, machines_.list_machines(app_));
  std::vector<Machine> machines;
  for (auto& machine : listed)
    if (is_app_machine(machine)) machines.push_back(std::move(machine));

  SecretsOutcome outcome;
  if (machines.empty()) {
    if (!staged_if_no_machines)
      return make_error(ErrorKind::not_found,
                        app_ + " has no machines to restart; secrets apply at its first deploy");
    outcome.applied = "staged";
    outcome.details["note"] = "the app has no machines yet: the secrets apply at its first deploy";
    return outcome;
  }

  RAXOL_ASSIGN_OR_RETURN(DeployInputs inputs, restart_inputs(known, machines));
  inputs.app = app_;
  inputs.user = current_user(context_);
  inputs.description = description;
  inputs.release_command.clear();  // a restart runs no migrations
  inputs.restart_only = true;
  inputs.min_secrets_version = min_version;
  RAXOL_ASSIGN_OR_RETURN(inputs.secret_digests, read_secret_digests(resources_, app_));

  context_.ui.step("Restarting " + std::to_string(machines.size()) + " machines of " + app_ +
                   " with the new secrets");
  RAXOL_ASSIGN_OR_RETURN(Plan plan,
                         plan_deploy(machines_, web_, std::move(inputs), target_name_, same_config));
  auto progress = context_.ui.start_progress("restarting", "machines");
  Deployer deployer(context_, machines_, web_);
  RAXOL_ASSIGN_OR_RETURN(Outcome deployed, deployer.apply(plan, *progress));
  outcome.applied = "deployed";
  outcome.release = deployed.release_after;
  outcome.details = deployed.details;
  return outcome;
}

}  // namespace raxol::fly
