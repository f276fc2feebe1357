// Git smart HTTP at /<owner>/<repo>.git/..., as on github.com: info/refs, git-upload-pack and
// git-receive-pack, answered by the real `git http-backend`. Every request needs a token (as
// for a private repository); without one the answer is 401 with a Basic challenge, so that git
// asks its credential helper. A push that moves the Pages source branch starts a Pages build.
#include "sandbox/github/routes.h"

namespace raxol::sandbox::github {

namespace {

const std::string kRepoPattern = R"(/([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+)\.git)";

void challenge(httplib::Response& response) {
  response.status = 401;
  response.set_header("WWW-Authenticate", "Basic realm=\"GitHub\"");
  response.set_content("Authentication failed\n", "text/plain");
}

struct GitRequest {
  std::string owner;
  std::string repo;
  std::string login;
};

// Authenticates and finds (or creates) the repository; false after answering.
bool open_repo(GitHubContext& context, const httplib::Request& request, httplib::Response& response,
               GitRequest& out) {
  out.owner = request.matches[1].str();
  out.repo = request.matches[2].str();
  if (out.repo == "." || out.repo == "..") {
    response.status = 404;
    return false;
  }
  auto login = authenticate(request, read_github_settings(*context.settings));
  if (!login) {
    challenge(response);
    return false;
  }
  out.login = *login;
  auto created = context.git.ensure_repo(out.owner, out.repo);
  if (!created.ok()) {
    response.status = 500;
    response.set_content(created.error().message, "text/plain");
    return false;
  }
  return true;
}

std::string path_info(const GitRequest& git, const std::string& rest) {
  return "/" + git.owner + "/" + git.repo + ".git" + rest;
}

}  // namespace

void register_git_routes(httplib::Server& server, GitHubContext& context) {
  server.Get(kRepoPattern + "/info/refs",
             [&context](const httplib::Request& request, httplib::Response& response) {
               GitRequest git;
               if (!open_repo(context, request, response, git)) return;
               // The "concurrent publisher" lands just before the pusher sees the refs.
               if (request.get_param_value("service") == "git-receive-pack" &&
                   take_concurrent_push(*context.settings)) {
                 auto settings = read_github_settings(*context.settings);
                 auto landed = context.git.land_concurrent_commit(git.owner, git.repo,
                                                                  settings.concurrent_push_branch);
                 if (landed.ok() && context.pages.source_branch(git.owner + "/" + git.repo) ==
                                        settings.concurrent_push_branch)
                   context.pages.add_build(git.owner + "/" + git.repo, *landed, "concurrent",
                                           settings.build_ms, settings.build_error);
               }
               context.git.serve(request, response, path_info(git, "/info/refs"), git.login);
             });
  server.Post(kRepoPattern + "/git-upload-pack",
              [&context](const httplib::Request& request, httplib::Response& response) {
                GitRequest git;
                if (!open_repo(context, request, response, git)) return;
                context.git.serve(request, response, path_info(git, "/git-upload-pack"), git.login);
              });
  server.Post(kRepoPattern + "/git-receive-pack", [&context](const httplib::Request& request,
                                                             httplib::Response& response) {
    GitRequest git;
    if (!open_repo(context, request, response, git)) return;
    const std::string slug = git.owner + "/" + git.repo;
    auto branch = context.pages.source_branch(slug);
    std::string before = branch ? context.git.branch_tip(git.owner, git.repo, *branch) : "";
    context.git.serve(request, response, path_info(git, "/git-receive-pack"), git.login);
    if (!branch) return;
    std::string after = context.git.branch_tip(git.owner, git.repo, *branch);
    if (!after.empty() && after != before) {
      auto settings = read_github_settings(*context.settings);
      context.pages.add_build(slug, after, git.login, settings.build_ms, settings.build_error);
    }
  });
}

}  // namespace raxol::sandbox::github
