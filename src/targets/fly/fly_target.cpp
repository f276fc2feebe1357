#include "targets/fly/fly_target.h"

#include "core/identity.h"

#include "targets/fly/api/app_resources_client.h"
#include "targets/fly/api/machines_client.h"
#include "targets/fly/api/web_client.h"
#include "targets/fly/config/machine_config.h"
#include "targets/fly/deploy/deploy_planner.h"
#include "targets/fly/deploy/deployer.h"
#include "targets/fly/deploy/fly_inputs.h"
#include "targets/fly/deploy/strategies.h"
#include "targets/fly/fly_certificates.h"
#include "targets/fly/fly_secrets.h"
#include "targets/fly/fly_status.h"

namespace raxol::fly {

namespace {

// fly.toml-managed fields replace the machine's; the rest of its config is kept.
nlohmann::json merge_for_update(const std::string&, const nlohmann::json& desired,
                                const nlohmann::json& existing) {
  return merge_machine_config(desired, existing, desired.contains("guest"));
}

Release to_release(const FlyRelease& fly, const std::string& current) {
  Release release;
  release.id = fly.id;
  release.version = "v" + std::to_string(fly.version);
  release.status = fly.status;
  release.created_at = fly.created_at;
  release.user = fly.user;
  release.description = fly.description;
  release.ref = fly.image_ref;
  release.current = release.version == current;
  if (fly.metadata.is_object() && fly.metadata.contains("raxol_deploy"))
    release.details["strategy"] = fly.metadata["raxol_deploy"].value("strategy", std::string());
  return release;
}

class FlyTarget : public Target, public LogsFacet, public ExecFacet {
 public:
  FlyTarget(TargetSpec spec, Context& context, FlyEndpoints endpoints, std::string app)
      : spec_(std::move(spec)),
        context_(context),
        transport_(context.http, std::move(endpoints)),
        machines_(transport_),
        web_(transport_),
        resources_(transport_),
        app_(std::move(app)),
        secrets_(context, machines_, web_, resources_, spec_.name, app_),
        certificates_(context, machines_, resources_, app_) {}

  std::string kind() const override { return "fly"; }
  const TargetSpec& spec() const override { return spec_; }
  LogsFacet* logs() override { return this; }
  ExecFacet* exec() override { return this; }
  SecretsFacet* secrets() override { return &secrets_; }
  CertificatesFacet* certificates() override { return &certificates_; }

  Result<Plan> plan(const DeployRequest& request) override {
    RAXOL_ASSIGN_OR_RETURN(DeployInputs inputs, resolve_deploy_inputs(spec_, request, context_));
    RAXOL_ASSIGN_OR_RETURN(inputs.secret_digests, read_secret_digests(resources_, app_));
    return plan_deploy(machines_, web_, std::move(inputs), spec_.name, merge_for_update);
  }

  Result<Outcome> apply(const Plan& plan, Progress& progress) override {
    RAXOL_TRY(check_plan(plan));
    Deployer deployer(context_, machines_, web_);
    return deployer.apply(plan, progress);
  }

  Result<TargetStatus> status() override {
    return read_fly_status(machines_, web_, spec_.name, app_);
  }

  Result<std::vector<Release>> releases() override {
    auto listed = web_.list_releases(app_, 50);
    if (!listed.ok()) return listed.error();
    std::string current = current_release_label(*listed);
    std::vector<Release> releases;
    for (const auto& release : *listed) releases.push_back(to_release(release, current));
    return releases;
  }

  Result<Outcome> rollback(const RollbackRequest& request, Progress& progress) override {
    RAXOL_ASSIGN_OR_RETURN(auto listed, web_.list_releases(app_, 50));
    RAXOL_ASSIGN_OR_RETURN(FlyRelease chosen, choose_release(listed, request.to));
    RAXOL_ASSIGN_OR_RETURN(DeployInputs inputs, inputs_from_release_metadata(chosen.metadata));
    inputs.app = app_;
    inputs.user = current_user_label();
    inputs.definition = chosen.config_definition.is_null() ? nlohmann::json::object()
                                                            : chosen.config_definition;
    inputs.description = "rollback to v" + std::to_string(chosen.version);
    // Migrations rarely run backwards: the release command is skipped unless asked for.
    if (!request.with_release_command) inputs.release_command.clear();
    RAXOL_TRY(apply_request_overrides(request.overrides, inputs));
    RAXOL_ASSIGN_OR_RETURN(inputs.secret_digests, read_secret_digests(resources_, app_));
    context_.ui.step("Rolling back " + app_ + " to v" + std::to_string(chosen.version) + " (" +
                     inputs.image + ")");
    RAXOL_ASSIGN_OR_RETURN(Plan plan, plan_deploy(machines_, web_, std::move(inputs), spec_.name,
                                                  merge_for_update));
    if (request.dry_run) {
      Outcome outcome;
      outcome.target = spec_.name;
      outcome.result = "planned";
      outcome.details = plan_json(plan);
      return outcome;
    }
    RAXOL_TRY(check_plan(plan));
    Deployer deployer(context_, machines_, web_);
    auto outcome = deployer.apply(plan, progress);
    if (outcome.ok() && outcome->result == "deployed") outcome->result = "rolled-back";
    return outcome;
  }

  Status read_logs(const LogQuery& query,
                   const std::function<void(const LogEntry&)>& sink) override {
    return read_fly_logs(web_, context_, app_, query, sink);
  }

  Result<ExecResult> exec(const std::string& source, const std::vector<std::string>& command,
                          int timeout_seconds) override {
    return exec_in_machine(machines_, app_, source, command, timeout_seconds);
  }

 private:
  Status check_plan(const Plan& plan) {
    auto detail = std::dynamic_pointer_cast<const FlyPlanDetail>(plan.detail);
    if (!detail) return make_error(ErrorKind::internal, "not a Fly plan");
    return check_strategy(detail->inputs.strategy, *detail);
  }

  std::string current_user_label() { return current_user(context_); }

  static nlohmann::json plan_json(const Plan& plan) {
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& step : plan.steps)
      steps.push_back({{"action", step.action}, {"subject", step.subject}, {"detail", step.detail}});
    return {{"steps", steps}, {"summary", plan.summary}};
  }

  // `to` may be "v3", "3" or a release id; empty means the newest complete release older than
  // the current one.
  Result<FlyRelease> choose_release(const std::vector<FlyRelease>& releases,
                                    const std::string& to) {
    if (releases.empty())
      return make_error(ErrorKind::not_found, app_ + " has no releases to roll back to");
    if (!to.empty()) {
      std::string number = to[0] == 'v' ? to.substr(1) : to;
      for (const auto& release : releases)
        if (release.id == to || std::to_string(release.version) == number) return release;
      Error error = make_error(ErrorKind::not_found, "release " + to + " of " + app_ + " not found");
      error.notes.push_back("known releases: v" + std::to_string(releases.back().version) +
                            " to v" + std::to_string(releases.front().version) +
                            " (raxol-deploy releases " + spec_.name + ")");
      return error;
    }
    std::string current = current_release_label(releases);
    bool past_current = current.empty();
    for (const auto& release : releases) {  // newest first
      if (!past_current) {
        past_current = "v" + std::to_string(release.version) == current;
        continue;
      }
      if (release.status == "complete") return release;
    }
    return make_error(ErrorKind::not_found,
                      "no earlier successful release of " + app_ + " to roll back to");
  }

  TargetSpec spec_;
  Context& context_;
  FlyTransport transport_;
  MachinesClient machines_;
  WebClient web_;
  AppResourcesClient resources_;
  std::string app_;
  FlySecrets secrets_;
  FlyCertificates certificates_;
};

}  // namespace

Result<std::unique_ptr<Target>> make_fly_target(const TargetSpec& spec, Context& context) {
  RAXOL_ASSIGN_OR_RETURN(FlyEndpoints endpoints, endpoints_from_environment(context.env));
  context.redactor.add(endpoints.token);
  RAXOL_ASSIGN_OR_RETURN(std::string app, resolve_app_name(spec));
  return std::unique_ptr<Target>(
      std::make_unique<FlyTarget>(spec, context, std::move(endpoints), std::move(app)));
}

}  // namespace raxol::fly
