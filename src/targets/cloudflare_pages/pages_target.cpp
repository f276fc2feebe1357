#include "targets/cloudflare_pages/pages_target.h"

#include "targets/cloudflare_pages/api/pages_client.h"
#include "targets/cloudflare_pages/deploy/pages_apply.h"
#include "targets/cloudflare_pages/deploy/pages_plan.h"
#include "targets/cloudflare_pages/pages_domains.h"
#include "targets/cloudflare_pages/pages_history.h"
#include "targets/cloudflare_pages/pages_secrets.h"

namespace raxol::cloudflare_pages {

namespace {

class PagesTarget : public Target {
 public:
  PagesTarget(TargetSpec spec, Context& context, PagesEndpoints endpoints, PagesSettings settings)
      : spec_(std::move(spec)),
        context_(context),
        transport_(context.http, std::move(endpoints)),
        client_(transport_),
        settings_(std::move(settings)),
        secrets_(context, client_, settings_.project),
        certificates_(client_, settings_.project) {}

  std::string kind() const override { return "cloudflare-pages"; }
  const TargetSpec& spec() const override { return spec_; }
  SecretsFacet* secrets() override { return &secrets_; }
  CertificatesFacet* certificates() override { return &certificates_; }

  Result<Plan> plan(const DeployRequest& request) override {
    return plan_pages_deploy(context_, client_, spec_, settings_, request);
  }

  // `progress` is not used: uploads show their own bytes progress ("uploading"), which the
  // generic bar ("machines") cannot label.
  Result<Outcome> apply(const Plan& plan, Progress&) override {
    return apply_pages_plan(context_, client_, plan);
  }

  Result<TargetStatus> status() override {
    return read_pages_status(client_, spec_.name, settings_.project);
  }

  Result<std::vector<Release>> releases() override {
    return read_pages_releases(client_, settings_.project);
  }

  Result<Outcome> rollback(const RollbackRequest& request, Progress&) override {
    const std::string& name = settings_.project;
    RAXOL_ASSIGN_OR_RETURN(auto project, client_.get_project(name));
    if (!project)
      return make_error(ErrorKind::not_found,
                        "Cloudflare Pages project " + name + " does not exist");
    RAXOL_ASSIGN_OR_RETURN(auto production, client_.list_deployments(name, "production"));
    RAXOL_ASSIGN_OR_RETURN(Deployment chosen, choose_rollback_target(production, project->canonical,
                                                                     request.to, name));
    Outcome outcome;
    outcome.target = spec_.name;
    outcome.release_before = project->canonical ? project->canonical->short_id : std::string();
    outcome.release_after = chosen.short_id;
    outcome.url = "https://" + project->subdomain;
    outcome.details = {{"project", name}, {"deployment", deployment_summary(chosen)}};
    if (request.dry_run) {
      outcome.result = "planned";
      outcome.details["steps"] =
          nlohmann::json::array({{{"action", "rollback"},
                                  {"subject", name + " production"},
                                  {"detail", "serve deployment " + chosen.short_id + " (" +
                                                 chosen.commit_hash.substr(0, 12) +
                                                 ") instead of " + outcome.release_before}}});
      return outcome;
    }
    context_.ui.step("Rolling " + name + " production back to deployment " + chosen.short_id);
    RAXOL_ASSIGN_OR_RETURN(Deployment serving, client_.rollback(name, chosen.id));
    outcome.result = "rolled-back";
    outcome.release_after = serving.short_id;
    return outcome;
  }

 private:
  TargetSpec spec_;
  Context& context_;
  PagesTransport transport_;
  PagesClient client_;
  PagesSettings settings_;
  PagesSecrets secrets_;             // project environment variables
  PagesCertificates certificates_;  // custom domains
};

}  // namespace

Result<std::unique_ptr<Target>> make_pages_target(const TargetSpec& spec, Context& context) {
  RAXOL_ASSIGN_OR_RETURN(PagesSettings settings, pages_settings(spec));
  RAXOL_ASSIGN_OR_RETURN(PagesEndpoints endpoints,
                         endpoints_from_environment(context.env, settings.account_id));
  context.redactor.add(endpoints.token);
  context.redactor.add(endpoints.api_key);
  return std::unique_ptr<Target>(
      std::make_unique<PagesTarget>(spec, context, std::move(endpoints), std::move(settings)));
}

}  // namespace raxol::cloudflare_pages
