#include "targets/github_pages/publish/history.h"

#include "util/strings.h"

namespace raxol::github_pages {

namespace {
std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return parts;
}
}  // namespace

Result<std::vector<PublishCommit>> publish_history(Git& git, const std::string& ref,
                                                   const std::string& destination, int limit) {
  GitCall call;
  call.args = {"log",
               "--first-parent",
               "-z",
               "-n",
               std::to_string(limit),
               "--date=format-local:%Y-%m-%dT%H:%M:%SZ",
               "--format=%H%x1f%an%x1f%ae%x1f%ad%x1f%s",
               ref};
  if (!destination.empty()) call.args.insert(call.args.end(), {"--", destination});
  call.env["TZ"] = "UTC";
  RAXOL_ASSIGN_OR_RETURN(std::string out, git.output(call));
  std::vector<PublishCommit> commits;
  for (const auto& record : split(out, '\0')) {
    auto fields = split(record, '\x1f');
    if (fields.size() < 5 || fields[0].empty()) continue;
    std::string sha = fields[0];
    while (!sha.empty() && (sha.front() == '\n')) sha.erase(sha.begin());
    commits.push_back({sha, fields[1], fields[2], fields[3], fields[4]});
  }
  return commits;
}

Result<std::string> resolve_commit_on(Git& git, const std::string& revision,
                                      const std::string& ref) {
  // Only commit ids: the value comes from the command line and must not reach git as an option.
  bool hex = revision.size() >= 4 && revision.size() <= 40 &&
             revision.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
  if (!hex)
    return make_error(ErrorKind::not_found,
                      "release " + revision + " not found (give a commit id)");
  GitCall parse;
  parse.args = {"rev-parse", "--verify", "--quiet", revision + "^{commit}"};
  RAXOL_ASSIGN_OR_RETURN(ProcessResult parsed, git.run(parse));
  std::string sha = trim(parsed.out);
  if (parsed.exit_code == 0 && !sha.empty()) {
    GitCall ancestor;
    ancestor.args = {"merge-base", "--is-ancestor", sha, ref};
    RAXOL_ASSIGN_OR_RETURN(ProcessResult on_branch, git.run(ancestor));
    if (on_branch.exit_code == 0) return sha;
  }
  return make_error(ErrorKind::not_found, "release " + revision + " not found on the branch");
}

}  // namespace raxol::github_pages
