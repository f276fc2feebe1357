// Carries out a Pages plan: creates the project if needed, uploads what is missing, refreshes
// the hashes, creates the deployment and waits for its stages. A failure before the deployment
// exists leaves the previous deployment serving (uploaded assets are harmless: unreferenced).
#pragma once

#include "raxol/context.h"
#include "raxol/target.h"
#include "targets/cloudflare_pages/api/pages_client.h"
#include "targets/cloudflare_pages/deploy/pages_plan.h"
#include "targets/cloudflare_pages/deploy/uploader.h"

namespace raxol::cloudflare_pages {

struct ApplyOptions {
  UploaderOptions upload;  // progress and cancel are filled in by apply
};

// The outcome's details are the --json summary: files, uploaded, skipped, bytes,
// uploaded_bytes, seconds, url (and deployment id, environment, branch, warnings).
Result<Outcome> apply_pages_plan(Context& context, PagesClient& client, const Plan& plan,
                                 const ApplyOptions& options = {});

}  // namespace raxol::cloudflare_pages
