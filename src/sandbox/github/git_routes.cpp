// Git smart HTTP at /<owner>/<repo>.git/..., as on github.com: info/refs, git-upload-pack and
// git-receive-pack, answered by the real `git http-backend`. Every request needs a token (as
// for a private repository; the git router answers 401 with a Basic challenge otherwise). A
// push that moves the Pages source branch starts a Pages build.
//
// These are ordinary routes of the kit's router: git http-backend runs to completion and its
// whole CGI answer is copied into the response, so nothing here needs raw streaming.
#include "sandbox/github/routes.h"

namespace raxol::sandbox::github {

namespace {

const std::string kRepoPattern = R"(/([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+)\.git)";

std::string path_info(const Call& call, const std::string& rest) {
  return "/" + call.owner() + "/" + call.repo() + ".git" + rest;
}

void serve_git(Call& call, const std::string& rest) {
  call.context.git.serve(call.request, call.response, path_info(call, rest), call.login);
}

void info_refs(Call& call) {
  auto& context = call.context;
  // The "concurrent publisher" lands just before the pusher sees the refs.
  if (call.query("service") == "git-receive-pack" && take_concurrent_push(*context.settings)) {
    auto settings = read_github_settings(*context.settings);
    auto landed = context.git.land_concurrent_commit(call.owner(), call.repo(),
                                                     settings.concurrent_push_branch);
    if (landed.ok() && context.pages.source_branch(call.slug()) == settings.concurrent_push_branch)
      context.pages.add_build(call.slug(), *landed, "concurrent", settings.build_ms,
                              settings.build_error, call.now);
  }
  serve_git(call, "/info/refs");
}

void receive_pack(Call& call) {
  auto& context = call.context;
  auto branch = context.pages.source_branch(call.slug());
  std::string before = branch ? context.git.branch_tip(call.owner(), call.repo(), *branch) : "";
  serve_git(call, "/git-receive-pack");
  if (!branch) return;
  std::string after = context.git.branch_tip(call.owner(), call.repo(), *branch);
  if (!after.empty() && after != before) {
    auto settings = read_github_settings(*context.settings);
    call.refresh_now();  // the push took a while
    context.pages.add_build(call.slug(), after, call.login, settings.build_ms, settings.build_error,
                            call.now);
  }
}

}  // namespace

void register_git_routes(Router& git) {
  git.get(kRepoPattern + "/info/refs", info_refs);
  git.post(kRepoPattern + "/git-upload-pack", [](Call& call) { serve_git(call, "/git-upload-pack"); });
  git.post(kRepoPattern + "/git-receive-pack", receive_pack);
}

}  // namespace raxol::sandbox::github
