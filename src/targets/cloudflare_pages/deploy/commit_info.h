// The source-commit metadata recorded with a deployment: the command line's flags win, and git
// is asked only for what they leave out (wrangler asks git even when every flag is given).
#pragma once

#include <optional>
#include <string>

#include "raxol/process.h"
#include "raxol/target.h"

namespace raxol::cloudflare_pages {

struct CommitInfo {
  std::string hash;
  std::string message;  // already cut to kMaxCommitMessageBytes
  std::optional<bool> dirty;
};

// Cloudflare's limit on commit_message, applied by the client (wrangler MAX_COMMIT_MESSAGE_BYTES).
inline constexpr size_t kMaxCommitMessageBytes = 384;

// `text` cut to at most `max_bytes` bytes without splitting a UTF-8 character.
std::string truncate_utf8(const std::string& text, size_t max_bytes);

// Fills what the request leaves out from git in the working directory; outside a work tree
// (or without git) those fields stay empty and are not sent.
CommitInfo resolve_commit_info(const DeployRequest& request, ProcessRunner& processes);

}  // namespace raxol::cloudflare_pages
