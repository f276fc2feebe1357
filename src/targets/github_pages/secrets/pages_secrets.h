// The github-pages target's SecretsFacet: GitHub Actions repository secrets of the repository
// the target publishes to (what its workflows read). Values are sealed to the repository's
// public key before they leave the process; nothing stages (a workflow reads secrets when it
// runs), so --stage, --env and `secrets deploy` are refused with a clear error.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "raxol/context.h"
#include "raxol/facets.h"
#include "targets/github_pages/api/secrets_client.h"

namespace raxol::github_pages {

class PagesSecrets : public SecretsFacet {
 public:
  // `client` null: the REST API cannot be used; `unavailable` is the error saying why.
  PagesSecrets(Context& context, std::string target, std::unique_ptr<ActionsSecretsClient> client,
               std::optional<Error> unavailable);

  Result<std::vector<SecretInfo>> list_secrets(const std::string& scope) override;
  Result<SecretsOutcome> set_secrets(const SecretsRequest& request) override;
  Result<SecretsOutcome> unset_secrets(const SecretsRequest& request) override;
  Result<SecretsOutcome> deploy_secrets() override;

 private:
  // The client, or the error saying why there is none; checks scope and --stage.
  Result<ActionsSecretsClient*> usable(const SecretsRequest& request);

  Context& context_;
  std::string target_;
  std::unique_ptr<ActionsSecretsClient> client_;
  std::optional<Error> unavailable_;
};

// GitHub's naming rule beyond letters, digits and _: not starting with GITHUB_ (any case).
// Returns the problem ("" when the name is fine).
std::string github_secret_name_problem(const std::string& name);

}  // namespace raxol::github_pages
