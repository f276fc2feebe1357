// The git CLI, run through the ProcessRunner seam. Every call gets a clean, predictable
// environment (no prompts, C locale, none of the caller's GIT_DIR/GIT_INDEX_FILE), and network
// calls to the GitHub server get the token as an `http.<server>/.extraHeader` passed through
// GIT_CONFIG_* variables: never in argv (visible to every user in /proc), never in a URL or a
// config file. Errors carry git's own words, run through the Redactor.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "raxol/context.h"

namespace raxol::github_pages {

struct GitAuth {
  std::string scope;   // "https://host/": the header is sent to that server only
  std::string header;  // "Authorization: Basic ..."
  bool empty() const { return header.empty(); }
};

struct GitCall {
  std::vector<std::string> args;           // after "git"
  std::map<std::string, std::string> env;  // GIT_INDEX_FILE, GIT_WORK_TREE, author...
  std::string stdin_data;
  bool network = false;  // adds the auth header
  std::chrono::milliseconds timeout{std::chrono::minutes(10)};
};

class Git {
 public:
  // `git_dir` empty: run in the working directory (the user's project) instead of the cache.
  Git(Context& context, std::filesystem::path git_dir, GitAuth auth);

  // Runs the call; a non-zero exit is a normal result (the caller decides).
  Result<ProcessResult> run(const GitCall& call);
  // Runs the call and returns stdout; a non-zero exit is an Error quoting git's stderr.
  Result<std::string> output(const GitCall& call);
  Result<std::string> output(std::vector<std::string> args);

  const std::filesystem::path& git_dir() const { return git_dir_; }
  Context& context() { return context_; }

 private:
  Context& context_;
  std::filesystem::path git_dir_;
  GitAuth auth_;
};

// "git fetch failed (exit 128): fatal: ..." with secrets redacted.
Error git_error(Context& context, const GitCall& call, const ProcessResult& result);

// The abbreviated commit id git prints ("3f2c1ab").
std::string short_sha(const std::string& sha);

}  // namespace raxol::github_pages
