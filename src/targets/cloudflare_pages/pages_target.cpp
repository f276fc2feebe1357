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

  const TargetSpec& spec() const override { return spec_; }
  SecretsFacet* secrets() override { return &secrets_; }
  CertificatesFacet* certificates() override { return &certificates_; }

  Result<Plan> plan(const DeployRequest& request) override {
    return plan_pages_deploy(context_, client_, spec_, settings_, request);
  }

  Result<Plan> plan_rollback(const RollbackRequest& request) override {
    return plan_pages_rollback(client_, spec_.name, settings_.project, request);
  }

  // `progress` is not used: uploads show their own bytes progress ("uploading"), which the
  // generic bar ("machines") cannot label.
  Result<Outcome> apply(const Plan& plan, Progress&) override {
    if (plan.purpose == PlanPurpose::deploy) return apply_pages_plan(context_, client_, plan);
    auto detail = std::dynamic_pointer_cast<const PagesRollbackDetail>(plan.detail);
    if (!detail) return make_error(ErrorKind::internal, "not a Pages rollback plan");
    context_.ui.step("Rolling " + detail->project + " production back to deployment " +
                     detail->chosen.short_id);
    RAXOL_ASSIGN_OR_RETURN(Deployment serving, client_.rollback(detail->project, detail->chosen.id));
    Outcome outcome;
    outcome.target = spec_.name;
    outcome.result = RunResult::rolled_back;
    outcome.release_before = detail->before;
    outcome.release_after = serving.short_id;
    outcome.url = "https://" + detail->subdomain;
    outcome.details = detail->to_json();
    return outcome;
  }

  Result<TargetStatus> status() override {
    return read_pages_status(client_, spec_.name, settings_.project);
  }

  Result<std::vector<Release>> releases() override {
    return read_pages_releases(client_, settings_.project);
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

Result<std::unique_ptr<Target>> make_pages_target(const TargetSpec& spec, const Settings& checked,
                                                  Context& context) {
  PagesSettings settings = pages_settings(checked);
  RAXOL_ASSIGN_OR_RETURN(PagesEndpoints endpoints,
                         endpoints_from_environment(context.env, settings.account_id));
  context.redactor.add(endpoints.token);
  context.redactor.add(endpoints.api_key);
  return std::unique_ptr<Target>(
      std::make_unique<PagesTarget>(spec, context, std::move(endpoints), std::move(settings)));
}

}  // namespace raxol::cloudflare_pages
