#include "targets/fly/fly_target.h"

#include "system/identity.h"
#include "targets/fly/api/app_resources_client.h"
#include "targets/fly/api/machines_client.h"
#include "targets/fly/api/web_client.h"
#include "targets/fly/build/build_steps.h"
#include "targets/fly/build/image_builder.h"
#include "targets/fly/config/machine_config.h"
#include "targets/fly/deploy/deploy_planner.h"
#include "targets/fly/deploy/deployer.h"
#include "targets/fly/deploy/fly_inputs.h"
#include "targets/fly/deploy/strategies.h"
#include "targets/fly/fly_certificates.h"
#include "targets/fly/fly_secrets.h"
#include "targets/fly/fly_status.h"
#include "targets/kit/release_choice.h"

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
  std::string digest = reference_digest(fly.image_ref);
  if (fly.metadata.is_object() && fly.metadata.contains("raxol_deploy")) {
    const auto& stored = fly.metadata["raxol_deploy"];
    release.details["strategy"] = stored.value("strategy", std::string());
    if (digest.empty()) digest = stored.value("image_digest", std::string());
  }
  if (!digest.empty()) release.details["digest"] = digest;
  return release;
}

std::vector<Release> to_releases(const std::vector<FlyRelease>& listed) {
  const std::string current = current_release_label(listed);
  std::vector<Release> releases;
  for (const auto& release : listed) releases.push_back(to_release(release, current));
  return releases;
}

class FlyTarget : public Target, public LogsFacet, public ExecFacet {
 public:
  FlyTarget(TargetSpec spec, Context& context, FlyEndpoints endpoints,
            FlyTargetSettings settings, std::string app)
      : spec_(std::move(spec)),
        context_(context),
        transport_(context.http, std::move(endpoints)),
        machines_(transport_),
        web_(transport_),
        resources_(transport_),
        settings_(std::move(settings)),
        app_(std::move(app)),
        secrets_(context, machines_, web_, resources_, spec_.name, app_),
        certificates_(context, machines_, resources_, app_) {}

  const TargetSpec& spec() const override { return spec_; }
  LogsFacet* logs() override { return this; }
  ExecFacet* exec() override { return this; }
  SecretsFacet* secrets() override { return &secrets_; }
  CertificatesFacet* certificates() override { return &certificates_; }

  Result<Plan> plan(const DeployRequest& request) override {
    RAXOL_ASSIGN_OR_RETURN(
        DeployInputs inputs,
        resolve_deploy_inputs(settings_, request, transport_.endpoints().registry_host, context_));
    if (inputs.build && !inputs.build->deploy) return plan_build_only(std::move(inputs));
    RAXOL_ASSIGN_OR_RETURN(inputs.secret_digests, read_secret_digests(resources_, app_));
    RAXOL_ASSIGN_OR_RETURN(
        Plan plan, plan_deploy(machines_, web_, std::move(inputs), spec_.name, merge_for_update));
    // The build and the push come first: nothing is touched until the image is in the registry.
    const auto& detail = static_cast<const FlyPlanDetail&>(*plan.detail);
    if (detail.inputs.build && !plan.no_changes()) {
      auto steps = build_plan_steps(*detail.inputs.build);
      plan.steps.insert(plan.steps.begin(), steps.begin(), steps.end());
    }
    return plan;
  }

  // The chosen release's stored inputs (image and machine configs), planned like a deploy.
  Result<Plan> plan_rollback(const RollbackRequest& request) override {
    RAXOL_ASSIGN_OR_RETURN(auto listed, web_.list_releases(app_, 50));
    RAXOL_ASSIGN_OR_RETURN(Release chosen,
                           choose_rollback_release(to_releases(listed), request.to, app_, spec_.name));
    const FlyRelease& stored =
        *std::find_if(listed.begin(), listed.end(), [&](const FlyRelease& r) { return r.id == chosen.id; });
    RAXOL_ASSIGN_OR_RETURN(DeployInputs inputs, inputs_from_release_metadata(stored.metadata));
    inputs.app = app_;
    inputs.user = current_user(context_);
    inputs.definition = stored.config_definition.is_null() ? nlohmann::json::object()
                                                           : stored.config_definition;
    inputs.description = "rollback to " + chosen.version;
    // Migrations rarely run backwards: the release command is skipped unless asked for.
    if (!request.options.flag("with-release-command")) inputs.release_command.clear();
    RAXOL_TRY(apply_overrides(request.options, request.wait_timeout, "", inputs));
    RAXOL_ASSIGN_OR_RETURN(inputs.secret_digests, read_secret_digests(resources_, app_));
    RAXOL_ASSIGN_OR_RETURN(Plan plan, plan_deploy(machines_, web_, std::move(inputs), spec_.name,
                                                  merge_for_update));
    plan.purpose = PlanPurpose::rollback;
    return plan;
  }

  Result<Outcome> apply(const Plan& plan, Progress& progress) override {
    auto detail = std::dynamic_pointer_cast<const FlyPlanDetail>(plan.detail);
    if (!detail) return make_error(ErrorKind::internal, "not a Fly plan");
    RAXOL_TRY(check_strategy(detail->inputs.strategy, *detail));
    if (plan.purpose == PlanPurpose::rollback)
      context_.ui.step("Rolling back " + app_ + ": " + detail->inputs.description + " (" +
                       detail->inputs.image + ")");
    if (!detail->inputs.build || plan.no_changes()) return roll_out(plan, progress);

    // Build and push first: a failure here has changed nothing on Fly.
    ImageBuilder builder(context_, transport_.endpoints().token);
    RAXOL_ASSIGN_OR_RETURN(BuiltImage image, builder.run(*detail->inputs.build));
    if (!detail->inputs.build->deploy) {
      Outcome outcome;
      outcome.target = plan.target;
      outcome.result = RunResult::built;
      outcome.details["image"] = built_image_json(image);
      return outcome;
    }
    Plan pinned = plan;
    pinned.detail = detail->pinned_to(image.reference());
    auto outcome = roll_out(pinned, progress);
    if (outcome.ok()) outcome->details["image"] = built_image_json(image);
    return outcome;
  }

  Result<Outcome> roll_out(const Plan& plan, Progress& progress) {
    Deployer deployer(context_, machines_, web_);
    auto outcome = deployer.apply(plan, progress);
    if (outcome.ok() && plan.purpose == PlanPurpose::rollback)
      outcome->result = RunResult::rolled_back;
    return outcome;
  }

  // --build-only: the build (and with --push, the push) and nothing else.
  Plan plan_build_only(DeployInputs inputs) const {
    Plan plan;
    plan.target = spec_.name;
    plan.kind = "fly";
    plan.steps = build_plan_steps(*inputs.build);
    plan.summary = {{"app", inputs.app}, {"image", inputs.image}, {"build_only", true}};
    auto detail = std::make_shared<FlyPlanDetail>();
    detail->inputs = std::move(inputs);
    plan.detail = detail;
    return plan;
  }

  Result<TargetStatus> status() override {
    return read_fly_status(machines_, web_, spec_.name, app_);
  }

  Result<std::vector<Release>> releases() override {
    RAXOL_ASSIGN_OR_RETURN(auto listed, web_.list_releases(app_, 50));
    return to_releases(listed);
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
  TargetSpec spec_;
  Context& context_;
  FlyTransport transport_;
  MachinesClient machines_;
  WebClient web_;
  AppResourcesClient resources_;
  FlyTargetSettings settings_;
  std::string app_;
  FlySecrets secrets_;
  FlyCertificates certificates_;
};

}  // namespace

Result<std::unique_ptr<Target>> make_fly_target(const TargetSpec& spec, const Settings& settings,
                                                Context& context) {
  RAXOL_ASSIGN_OR_RETURN(FlyEndpoints endpoints, endpoints_from_environment(context.env));
  context.redactor.add(endpoints.token);
  FlyTargetSettings fly = fly_settings(settings);
  RAXOL_ASSIGN_OR_RETURN(std::string app, resolve_app_name(fly));
  return std::unique_ptr<Target>(std::make_unique<FlyTarget>(spec, context, std::move(endpoints),
                                                             std::move(fly), std::move(app)));
}

}  // namespace raxol::fly
