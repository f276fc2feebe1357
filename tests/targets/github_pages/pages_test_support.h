// Shared by the GitHub Pages target tests: a Context over the real process runner and file
// system with a fake clock and captured output, and small git helpers that build and inspect
// local bare repositories (the "remote" of a publish) with the real git CLI.
#pragma once

#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "net/retry.h"
#include "raxol/context.h"
#include "raxol/target.h"
#include "sandbox/github/github_api.h"
#include "support/fake_clock.h"
#include "support/run_binary.h"
#include "system/terminal_ui.h"

namespace raxol::test::ghp {

class PagesTestContext {
 public:
  PagesTestContext();
  Context& context() { return *context_; }
  FakeClock& clock() { return clock_; }
  OverlayEnvironment& env() { return env_; }
  std::string err() const { return err_.str(); }

 private:
  std::unique_ptr<Environment> process_env_;
  OverlayEnvironment env_;
  FakeClock clock_;
  std::unique_ptr<FileSystem> fs_;
  std::unique_ptr<ProcessRunner> processes_;
  std::unique_ptr<HttpClient> http_;
  std::ostringstream out_, err_;
  std::istringstream in_;
  Redactor redactor_;
  std::unique_ptr<TerminalUi> ui_;
  CancelToken cancel_;
  std::unique_ptr<Context> context_;
};

// The GitHub emulator on loopback with its time from the context's fake clock, the sandbox
// variables in the context's environment (GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_TOKEN),
// and a retrying HTTP stack over libcurl whose backoff sleeps on that clock.
class GitHubWorld {
 public:
  explicit GitHubWorld(const nlohmann::json& settings = nlohmann::json::object());
  Context& context() { return test_.context(); }
  FakeClock& clock() { return test_.clock(); }
  OverlayEnvironment& env() { return test_.env(); }
  GitHubBox& github() { return *github_; }
  HttpClient& http() { return *retrying_; }
  std::string err() const { return test_.err(); }
  std::string token() { return github_->token(); }
  // Creates the emulated repository `slug` with `files` on `branch` (as a push would).
  std::filesystem::path seed(const std::string& slug, const std::string& branch,
                             const std::map<std::string, std::string>& files);
  // Requests the emulator answered with `method` ("" any) whose path contains `part`.
  int requests(const std::string& method, const std::string& part = "");

 private:
  PagesTestContext test_;
  std::unique_ptr<GitHubBox> github_;
  std::unique_ptr<HttpClient> curl_;
  std::unique_ptr<RetryingHttpClient> retrying_;
};

// Makes `dir` the working directory until destroyed (the target reads its project there).
class InDirectory {
 public:
  explicit InDirectory(const std::filesystem::path& dir);
  ~InDirectory();
  InDirectory(const InDirectory&) = delete;
  InDirectory& operator=(const InDirectory&) = delete;

 private:
  std::filesystem::path previous_;
};

// A github-pages target named "docs" from `toml` (the [targets.docs] body), checked against the
// registry and built by the kind's factory in the working directory (the project).
Result<std::unique_ptr<Target>> open_docs_target(Context& context, const std::string& toml);

// Plans and applies a deploy with `target`; REQUIREs success.
Outcome deploy_docs(Context& context, Target& target, const DeployRequest& request = {});

// Runs git with `args` (GIT_DIR=`git_dir` when given); REQUIREs success; returns stdout trimmed.
std::string git(const std::vector<std::string>& args, const std::filesystem::path& git_dir = {},
                const std::map<std::string, std::string>& env = {});
// The files of `ref` in a repository, path -> content.
std::map<std::string, std::string> branch_files(const std::filesystem::path& git_dir,
                                                const std::string& ref);
// First-parent commit count of `ref` (0 when it does not exist).
int commit_count(const std::filesystem::path& git_dir, const std::string& ref);
// Commits `files` (path -> content) on top of `branch` of the bare repository `git_dir`,
// keeping the branch's other files; returns the new commit.
std::string commit_files(const std::filesystem::path& git_dir, const std::string& branch,
                         const std::map<std::string, std::string>& files,
                         const std::string& message = "seed");

}  // namespace raxol::test::ghp
