// Creating a deployment and waiting for its stages (protocol notes §2.9, §8.2). Creation is not
// idempotent: it is repeated only when the service answered with an error envelope saying so
// (code 8000000 or a JSON 5xx), and after an ambiguous failure (the request may have arrived)
// the newest deployments are searched for ours before anything is sent again.
#pragma once

#include <chrono>

#include "raxol/cancel.h"
#include "raxol/clock.h"
#include "targets/cloudflare_pages/api/pages_client.h"

namespace raxol::cloudflare_pages {

struct CreateOptions {
  int max_attempts = 3;
  std::chrono::milliseconds first_delay{1000};  // doubled after each attempt
};

Result<Deployment> create_deployment(PagesClient& client, Clock& clock, const std::string& project,
                                     const DeploymentForm& form, const CreateOptions& options = {});

struct WaitOptions {
  std::chrono::milliseconds first_delay{500};  // polls at once, then 0.5 s doubling to 5 s
  std::chrono::milliseconds max_delay{5000};
  std::chrono::seconds timeout{300};
  const CancelToken* cancel = nullptr;
};

// Polls until the deploy stage succeeds. A failed or canceled stage is an error (kind failed)
// carrying the last lines of the build log; the timeout is an error (kind timeout) saying the
// state is unknown — success is never reported unseen.
Result<Deployment> wait_for_deployment(PagesClient& client, Clock& clock,
                                       const std::string& project, const Deployment& created,
                                       const WaitOptions& options);

}  // namespace raxol::cloudflare_pages
