#include "sandbox/state_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

namespace raxol::sandbox {

namespace fs = std::filesystem;

namespace {
// An exclusive advisory lock on "<state>.lock" for the lifetime of the object.
class FileLock {
 public:
  explicit FileLock(const fs::path& path) {
    fd_ = ::open((path.string() + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ >= 0) ::flock(fd_, LOCK_EX);
  }
  ~FileLock() {
    if (fd_ >= 0) {
      ::flock(fd_, LOCK_UN);
      ::close(fd_);
    }
  }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_ = -1;
};
}  // namespace

StateFile::StateFile(fs::path path, nlohmann::json initial)
    : path_(std::move(path)), initial_(std::move(initial)) {
  std::error_code ec;
  fs::create_directories(path_.parent_path(), ec);
}

void StateFile::reload_if_changed() {
  std::error_code ec;
  if (!fs::exists(path_, ec)) {
    if (!loaded_ || seen_size_ != 0) document_ = initial_;
    loaded_ = true;
    seen_size_ = 0;
    return;
  }
  auto mtime = fs::last_write_time(path_, ec);
  auto size = fs::file_size(path_, ec);
  if (loaded_ && mtime == seen_mtime_ && size == seen_size_) return;
  std::ifstream in(path_);
  std::stringstream text;
  text << in.rdbuf();
  // A corrupt file (edited by hand) starts over rather than wedging the sandbox.
  document_ = nlohmann::json::parse(text.str(), nullptr, false);
  if (document_.is_discarded()) document_ = initial_;
  seen_mtime_ = mtime;
  seen_size_ = size;
  loaded_ = true;
}

void StateFile::save() {
  fs::path temp = path_;
  temp += ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::trunc);
    out << document_.dump(1);
  }
  std::error_code ec;
  fs::rename(temp, path_, ec);
  seen_mtime_ = fs::last_write_time(path_, ec);
  seen_size_ = fs::file_size(path_, ec);
}

void StateFile::read(const std::function<void(const nlohmann::json&)>& read) {
  std::lock_guard guard(mutex_);
  FileLock lock(path_);
  reload_if_changed();
  read(document_);
}

void StateFile::update(const std::function<bool(nlohmann::json&)>& update) {
  std::lock_guard guard(mutex_);
  FileLock lock(path_);
  reload_if_changed();
  if (update(document_)) save();
}

}  // namespace raxol::sandbox
