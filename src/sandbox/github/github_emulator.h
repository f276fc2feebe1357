// The GitHub emulator: git smart HTTP at /<owner>/<repo>.git/... served by the real
// `git http-backend` from bare repositories in STATE/github/repos/, and the Pages REST subset
// under /api/v3/ (GitHub Enterprise Server's layout), whose builds are started by pushes to a
// site's source branch and finish after settings.github.build_ms. State: STATE/github.json.
#pragma once

#include "sandbox/emulator.h"

namespace raxol::sandbox::github {

// Service "github". Exports GITHUB_API_URL (<base>/api/v3), GITHUB_SERVER_URL (<base>:
// owner/name -> <base>/owner/name.git, as on github.com) and GITHUB_TOKEN. Envelope: GitHub's
// {"message", "documentation_url"}.
Emulator make_github_emulator(const EmulatorEnvironment& environment);

}  // namespace raxol::sandbox::github
