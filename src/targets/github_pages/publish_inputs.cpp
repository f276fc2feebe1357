#include "targets/github_pages/publish_inputs.h"

#include "util/strings.h"

namespace raxol::github_pages {

namespace {
// One line of output of a git command run in the project, or "".
std::string project_git(Context& context, std::vector<std::string> args) {
  Git git(context, {}, {});
  GitCall call;
  call.args = std::move(args);
  call.timeout = std::chrono::seconds(10);
  auto result = git.run(call);
  if (!result.ok() || result->exit_code != 0) return {};
  return trim(first_line(result->out));
}
}  // namespace

Author resolve_author(const PagesSettings& settings, Context& context) {
  if (!settings.author.empty()) {
    auto open = settings.author.rfind('<');
    return {trim(settings.author.substr(0, open)),
            settings.author.substr(open + 1, settings.author.size() - open - 2)};
  }
  if (auto actor = context.env.first_of({"GITHUB_ACTOR"}))
    return {*actor, *actor + "@users.noreply.github.com"};
  std::string name = project_git(context, {"config", "user.name"});
  std::string email = project_git(context, {"config", "user.email"});
  if (!name.empty() && !email.empty()) return {name, email};
  return {"raxol-deploy", "raxol-deploy@users.noreply.github.com"};
}

std::string resolve_source_commit(const DeployRequest& request, Context& context) {
  if (request.options.has("commit-hash")) return request.options.text("commit-hash");
  std::string head = project_git(context, {"rev-parse", "--verify", "--quiet", "HEAD"});
  if (!head.empty()) return head;
  return context.env.first_of({"GITHUB_SHA"}).value_or("");
}

std::string publish_message(const PagesSettings& settings, const DeployRequest& request,
                            const std::string& source_commit) {
  if (!request.description.empty()) return request.description;
  if (!settings.message.empty()) return settings.message;
  return source_commit.empty() ? std::string("deploy") : "deploy: " + source_commit;
}

std::string origin_url(Context& context) {
  return project_git(context, {"remote", "get-url", "origin"});
}

}  // namespace raxol::github_pages
