// Shared by the GitHub Pages target tests: a Context over the real process runner and file
// system with a fake clock and captured output, and small git helpers that build and inspect
// local bare repositories (the "remote" of a publish) with the real git CLI.
#pragma once

#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "raxol/context.h"
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
