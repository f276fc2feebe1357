// Pages project environment variables as the target's SecretsFacet. The scope is the Pages
// environment ("production", the default, or "preview"); values go out as `secret_text` in one
// PATCH of deployment_configs.<env>.env_vars (null removes), as `wrangler pages secret` does.
// Pages applies variables at the next deployment, so set/unset are always "staged";
// deploy_secrets redeploys the production deployment serving now (the retry endpoint: the same
// files, the current variables). Values never appear in messages, errors or files.
#pragma once

#include <string>

#include "raxol/context.h"
#include "raxol/facets.h"
#include "targets/cloudflare_pages/api/pages_client.h"

namespace raxol::cloudflare_pages {

class PagesSecrets : public SecretsFacet {
 public:
  PagesSecrets(Context& context, PagesClient& client, std::string project)
      : context_(context), client_(client), project_(std::move(project)) {}

  // Every variable of the environment: secret_text and plain_text alike, the type in `status`.
  Result<std::vector<SecretInfo>> list_secrets(const std::string& scope) override;
  Result<SecretsOutcome> set_secrets(const SecretsRequest& request) override;
  Result<SecretsOutcome> unset_secrets(const SecretsRequest& request) override;
  Result<SecretsOutcome> deploy_secrets() override;

 private:
  // One PATCH with `env_vars` for `env`; the outcome says they wait for the next deployment.
  Result<SecretsOutcome> patch(const std::string& env, const nlohmann::json& env_vars,
                               std::vector<std::string> names, const std::string& verb);
  Result<Project> read_project();

  Context& context_;
  PagesClient& client_;
  std::string project_;
};

}  // namespace raxol::cloudflare_pages
