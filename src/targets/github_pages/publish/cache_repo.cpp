#include "targets/github_pages/publish/cache_repo.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "util/strings.h"

namespace raxol::github_pages {

namespace fs = std::filesystem;

CacheLock::~CacheLock() {
  if (fd_ >= 0) {
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
  }
}

Result<std::unique_ptr<CacheRepo>> CacheRepo::open(Context& context, const fs::path& project_dir,
                                                   const Remote& remote, const std::string& branch,
                                                   GitAuth auth) {
  std::string folder = remote.cache_key + "@";
  for (char c : branch) folder += (c == '/' ? '-' : c);
  fs::path dir = fs::absolute(project_dir / ".raxol" / "gh-pages" / (folder + ".git"));
  std::unique_ptr<CacheRepo> repo(new CacheRepo(context, dir, remote, branch, std::move(auth)));
  std::error_code ec;
  fs::create_directories(dir / "raxol", ec);
  if (ec)
    return make_error(ErrorKind::failed,
                      "cannot create the publish cache " + dir.string() + ": " + ec.message());
  if (!fs::exists(dir / "HEAD")) {
    auto lock = repo->lock();
    if (!lock.ok()) return lock.error();
    if (!fs::exists(dir / "HEAD")) {
      GitCall init;
      init.args = {"init", "--quiet", "--bare", dir.string()};
      RAXOL_TRY(repo->git_.output(init));
      // Loose objects of a big site must not start a (detached) gc in the middle of a deploy.
      RAXOL_TRY(repo->git_.output({"config", "gc.auto", "0"}));
      RAXOL_TRY(repo->git_.output({"config", "core.logAllRefUpdates", "false"}));
    }
  }
  return repo;
}

Result<std::unique_ptr<CacheLock>> CacheRepo::lock() {
  fs::path path = dir_ / "raxol" / "lock";
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    return make_error(ErrorKind::failed,
                      "cannot open " + path.string() + ": " + std::strerror(errno));
  while (::flock(fd, LOCK_EX) != 0) {
    if (errno != EINTR) {
      ::close(fd);
      return make_error(ErrorKind::failed, "cannot lock " + path.string());
    }
  }
  return std::make_unique<CacheLock>(fd);
}

Result<std::string> CacheRepo::fetch() {
  GitCall call;
  call.network = true;
  call.args = {"-c",        "gc.auto=0",
               "fetch",     "--quiet",
               "--no-tags", "--no-write-fetch-head",
               remote_.url, "+refs/heads/" + branch_ + ":" + tracking_ref()};
  RAXOL_ASSIGN_OR_RETURN(ProcessResult result, git_.run(call));
  if (result.exit_code != 0) {
    if (result.err.find("couldn't find remote ref") != std::string::npos) {
      // The branch does not exist (yet): forget any tip we remembered.
      GitCall drop;
      drop.args = {"update-ref", "-d", tracking_ref()};
      RAXOL_TRY(git_.output(drop));
      return std::string();
    }
    Error error = git_error(git_.context(), call, result);
    error.message = "cannot fetch " + branch_ + " from " + redact_url_credentials(remote_.url) +
                    ": " + error.message;
    return error;
  }
  return local_tip();
}

Result<std::string> CacheRepo::local_tip() {
  GitCall call;
  call.args = {"rev-parse", "--verify", "--quiet", tracking_ref() + "^{commit}"};
  RAXOL_ASSIGN_OR_RETURN(ProcessResult result, git_.run(call));
  if (result.exit_code != 0) return std::string();
  return trim(result.out);
}

Status CacheRepo::tidy() {
  constexpr int kMaxPacks = 40;
  int packs = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir_ / "objects" / "pack", ec))
    if (entry.path().extension() == ".pack") ++packs;
  if (packs <= kMaxPacks) return {};
  RAXOL_TRY(git_.output({"repack", "-a", "-d", "-q"}));
  return {};
}

Status CacheRepo::set_tip(const std::string& commit) {
  RAXOL_TRY(git_.output({"update-ref", tracking_ref(), commit}));
  return {};
}

}  // namespace raxol::github_pages
