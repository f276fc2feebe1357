// The branch's history is the release history: every publish is a commit, so `releases` is
// the first-parent log of the commits that touched the destination, and a rollback publishes
// the destination's tree of an earlier one as a new commit.
#pragma once

#include <string>
#include <vector>

#include "targets/github_pages/git/git.h"

namespace raxol::github_pages {

struct PublishCommit {
  std::string sha;
  std::string author_name;
  std::string author_email;
  std::string date;  // RFC 3339, UTC
  std::string subject;
};

// Newest first: the first-parent commits of `ref` that changed `destination` ("" = any),
// at most `limit`.
Result<std::vector<PublishCommit>> publish_history(Git& git, const std::string& ref,
                                                   const std::string& destination, int limit);

// The full id of `revision` when it names a commit reachable from `ref`; not_found otherwise.
Result<std::string> resolve_commit_on(Git& git, const std::string& revision,
                                      const std::string& ref);

}  // namespace raxol::github_pages
