// The private bare repository that mirrors one remote branch, kept under
// <project>/.raxol/gh-pages/<host-path>@<branch>.git so that a republish only transfers what
// changed. Nothing in it is the user's: it can be deleted at any time. Two raxol-deploy
// processes publishing from the same project take turns through an flock on the cache.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "targets/github_pages/git/git.h"
#include "targets/github_pages/git/remote.h"

namespace raxol::github_pages {

// Held for the lifetime of the object.
class CacheLock {
 public:
  explicit CacheLock(int fd) : fd_(fd) {}
  ~CacheLock();
  CacheLock(const CacheLock&) = delete;
  CacheLock& operator=(const CacheLock&) = delete;

 private:
  int fd_ = -1;
};

class CacheRepo {
 public:
  // Creates the repository on first use. `project_dir` holds .raxol/.
  static Result<std::unique_ptr<CacheRepo>> open(Context& context,
                                                 const std::filesystem::path& project_dir,
                                                 const Remote& remote, const std::string& branch,
                                                 GitAuth auth);

  Git& git() { return git_; }
  const std::filesystem::path& dir() const { return dir_; }
  const Remote& remote() const { return remote_; }
  const std::string& branch() const { return branch_; }
  // refs/remotes/origin/<branch>: the remote tip as of the last fetch or push.
  std::string tracking_ref() const { return "refs/remotes/origin/" + branch_; }

  // Waits for the cache's lock (another raxol-deploy may be publishing from this project).
  Result<std::unique_ptr<CacheLock>> lock();
  // Fetches the branch; returns its tip, or "" when the remote has no such branch (yet).
  Result<std::string> fetch();
  // The tip recorded by the last fetch or push ("" when none).
  Result<std::string> local_tip();
  // Records `commit` as the remote tip after we pushed it.
  Status set_tip(const std::string& commit);
  // Every publish adds a small pack (see build_directory_tree): past a few dozen, fold them
  // into one so that object lookups stay fast.
  Status tidy();
  // A file path inside the cache for our own state (indexes, exclude lists).
  std::filesystem::path state_path(const std::string& name) const { return dir_ / "raxol" / name; }

 private:
  CacheRepo(Context& context, std::filesystem::path dir, Remote remote, std::string branch,
            GitAuth auth)
      : git_(context, dir, std::move(auth)),
        dir_(std::move(dir)),
        remote_(std::move(remote)),
        branch_(std::move(branch)) {}

  Git git_;
  std::filesystem::path dir_;
  Remote remote_;
  std::string branch_;
};

}  // namespace raxol::github_pages
