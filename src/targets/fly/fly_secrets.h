// Fly app secrets through the Machines API, as flyctl 0.3+ handles them: one POST carries every
// change; unless staged, a restart-only deploy (each machine updated with its own config and
// min_secrets_version) makes the machines read them, recorded as a release like any deploy.
#pragma once

#include <string>

#include "raxol/context.h"
#include "raxol/facets.h"
#include "targets/fly/api/app_resources_client.h"
#include "targets/fly/api/machines_client.h"
#include "targets/fly/api/web_client.h"

namespace raxol::fly {

class FlySecrets : public SecretsFacet {
 public:
  FlySecrets(Context& context, MachinesClient& machines, WebClient& web,
             AppResourcesClient& resources, std::string target_name, std::string app)
      : context_(context),
        machines_(machines),
        web_(web),
        resources_(resources),
        target_name_(std::move(target_name)),
        app_(std::move(app)) {}

  Result<std::vector<SecretInfo>> list_secrets(const std::string& scope) override;
  Result<SecretsOutcome> set_secrets(const SecretsRequest& request) override;
  Result<SecretsOutcome> unset_secrets(const SecretsRequest& request) override;
  Result<SecretsOutcome> deploy_secrets() override;

 private:
  // Store `values` (null removes), then restart unless `stage`.
  Result<SecretsOutcome> change(const nlohmann::json& values, bool stage,
                                std::vector<std::string> names, const std::string& description);
  // The restart-only deploy. `staged_if_no_machines`: an app without machines keeps the
  // secrets for its first deploy instead of failing.
  Result<SecretsOutcome> restart(std::optional<int64_t> min_version, const std::string& description,
                                 bool staged_if_no_machines);

  Context& context_;
  MachinesClient& machines_;
  WebClient& web_;
  AppResourcesClient& resources_;
  std::string target_name_;
  std::string app_;
};

// name -> digest of the app's secrets (empty when the app does not exist yet).
Result<nlohmann::json> read_secret_digests(AppResourcesClient& resources, const std::string& app);

}  // namespace raxol::fly
