#include "targets/cloudflare_pages/deploy/commit_info.h"

#include "util/strings.h"

namespace raxol::cloudflare_pages {

std::string truncate_utf8(const std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t end = max_bytes;
  // Step back over continuation bytes (10xxxxxx) to the start of the cut character.
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

namespace {

std::optional<std::string> git(ProcessRunner& processes, std::vector<std::string> args) {
  args.insert(args.begin(), "git");
  ProcessSpec spec(std::move(args));
  spec.timeout = std::chrono::seconds(10);
  auto result = processes.run(spec);
  if (!result.ok() || result->exit_code != 0) return std::nullopt;
  return trim(result->out);
}

}  // namespace

CommitInfo resolve_commit_info(const DeployRequest& request, ProcessRunner& processes) {
  CommitInfo info;
  info.hash = request.options.text("commit-hash");
  info.message = request.options.text("commit-message");
  if (request.options.has("commit-dirty")) info.dirty = request.options.text("commit-dirty") == "true";
  const bool need_git = info.hash.empty() || info.message.empty() || !info.dirty.has_value();
  if (need_git && git(processes, {"rev-parse", "--is-inside-work-tree"}).value_or("") == "true") {
    if (info.hash.empty()) info.hash = git(processes, {"rev-parse", "HEAD"}).value_or("");
    if (info.message.empty() && !info.hash.empty())
      info.message = git(processes, {"show", "-s", "--format=%B", info.hash}).value_or("");
    if (!info.dirty) {
      if (auto status = git(processes, {"status", "--porcelain"})) info.dirty = !status->empty();
    }
  }
  info.message = truncate_utf8(info.message, kMaxCommitMessageBytes);
  return info;
}

}  // namespace raxol::cloudflare_pages
