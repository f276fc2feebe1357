// Carries out a Fly plan: leases, a release record, the release command, the rollout with the
// chosen strategy, and — when anything fails or SIGINT arrives — restores every machine it
// changed, so that the previous release keeps serving. The release record always ends as
// complete, failed or interrupted, and leases are always released.
#pragma once

#include "raxol/context.h"
#include "raxol/target.h"
#include "targets/fly/api/machines_client.h"
#include "targets/fly/api/web_client.h"
#include "targets/fly/deploy/deploy_model.h"

namespace raxol::fly {

struct DeployerOptions {
  std::chrono::milliseconds check_poll{200};
  int lease_concurrency = 128;  // leases are per machine: no shared rate limit
};

class Deployer {
 public:
  Deployer(Context& context, MachinesClient& machines, WebClient& web,
           DeployerOptions options = {})
      : context_(context), machines_(machines), web_(web), options_(options) {}

  Result<Outcome> apply(const Plan& plan, Progress& progress);

 private:
  Context& context_;
  MachinesClient& machines_;
  WebClient& web_;
  DeployerOptions options_;
};

}  // namespace raxol::fly
