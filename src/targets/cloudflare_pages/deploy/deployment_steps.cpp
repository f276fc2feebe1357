#include "targets/cloudflare_pages/deploy/deployment_steps.h"
#include "util/time_format.h"

#include <algorithm>

namespace raxol::cloudflare_pages {

namespace {

// True when the service said in its envelope that nothing was created and trying again is
// fine: the unknown-error code wrangler retries on, or a JSON 5xx.
bool worth_repeating(const PagesAnswer& answer) {
  if (answer.code == kCodeUnknown) return true;
  return answer.status >= 500 && answer.envelope.is_object();
}

// After an ambiguous failure: our deployment, if the service created it after all — one of the
// newest with our branch and commit, created since `since` (RFC 3339, a minute of clock skew
// allowed for).
std::optional<Deployment> find_ours(PagesClient& client, const std::string& project,
                                    const DeploymentForm& form, const std::string& since) {
  auto listed = client.list_deployments(project, "", 10);
  if (!listed.ok()) return std::nullopt;
  for (const auto& deployment : *listed)
    if (deployment.branch == form.branch && deployment.commit_hash == form.commit_hash &&
        deployment.created_on >= since)
      return deployment;
  return std::nullopt;
}

}  // namespace

Result<Deployment> create_deployment(PagesClient& client, Clock& clock, const std::string& project,
                                     const DeploymentForm& form, const CreateOptions& options) {
  const std::string since = format_rfc3339(clock.now() - std::chrono::minutes(1));
  std::chrono::milliseconds delay = options.first_delay;
  for (int attempt = 1;; ++attempt) {
    auto answer = client.create_deployment(project, form);
    if (answer.ok() && answer->ok()) return deployment_from_json(answer->result());
    const bool last = attempt >= options.max_attempts;
    if (!answer.ok()) {
      // The request may have reached the service: look before sending it again.
      if (auto ours = find_ours(client, project, form, since)) return *ours;
      if (last) return answer.error();
    } else if (!worth_repeating(*answer) || last) {
      return client.transport().error_for(client.create_deployment_call(project, form), *answer);
    }
    clock.sleep_for(delay);
    delay *= 2;
  }
}

Result<Deployment> wait_for_deployment(PagesClient& client, Clock& clock,
                                       const std::string& project, const Deployment& created,
                                       const WaitOptions& options) {
  Deployment deployment = created;
  const auto deadline = clock.steady_now() + options.timeout;
  std::chrono::milliseconds delay = options.first_delay;
  for (bool first = true;; first = false) {
    // The first poll goes out at once (wrangler sleeps a second first).
    if (!first) {
      clock.sleep_for(delay);
      delay = std::min(delay * 2, options.max_delay);
    }
    RAXOL_ASSIGN_OR_RETURN(deployment, client.get_deployment(project, created.id));
    if (deployment.succeeded()) return deployment;
    if (deployment.failed()) {
      Error error =
          make_error(ErrorKind::failed, "deployment " + deployment.short_id + " of " + project +
                                            " failed at stage " + deployment.stage_text());
      if (auto lines = client.deployment_logs(project, deployment.id); lines.ok()) {
        size_t from = lines->size() > 10 ? lines->size() - 10 : 0;
        for (size_t i = from; i < lines->size(); ++i) error.notes.push_back((*lines)[i]);
      }
      return error;
    }
    if (options.cancel != nullptr && options.cancel->requested())
      return make_error(ErrorKind::interrupted,
                        "stopped waiting for deployment " + deployment.short_id + " (stage " +
                            deployment.stage_text() + "); it may still finish");
    if (clock.steady_now() >= deadline) {
      Error error = make_error(ErrorKind::timeout, "deployment " + deployment.short_id + " of " +
                                                       project + " did not finish in " +
                                                       std::to_string(options.timeout.count()) +
                                                       " s; its state is "
                                                       "unknown (last seen: " +
                                                       deployment.stage_text() + ")");
      error.notes.push_back("raxol-deploy status shows it when it finishes");
      return error;
    }
  }
}

}  // namespace raxol::cloudflare_pages
