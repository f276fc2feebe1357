#include "sandbox/state_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

namespace raxol::sandbox {

namespace fs = std::filesystem;

namespace {
constexpr auto kQuietPeriod = std::chrono::milliseconds(20);  // save once changes pause...
constexpr auto kMaxDelay = std::chrono::milliseconds(100);    // ...or at the latest after this
}  // namespace

StateFile::StateFile(fs::path path, nlohmann::json initial)
    : path_(std::move(path)), initial_(std::move(initial)) {
  std::error_code ec;
  fs::create_directories(path_.parent_path(), ec);
  lock_fd_ = ::open((path_.string() + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  flusher_ = std::thread([this] { flusher_loop(); });
}

StateFile::~StateFile() {
  {
    std::lock_guard guard(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  flusher_.join();
  flush();
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

void StateFile::lock_and_load() {
  if (!locked_) {
    if (lock_fd_ >= 0) ::flock(lock_fd_, LOCK_EX);
    locked_ = true;
  }
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

void StateFile::unlock_if_clean() {
  if (dirty_ || !locked_) return;
  if (lock_fd_ >= 0) ::flock(lock_fd_, LOCK_UN);
  locked_ = false;
}

void StateFile::save_and_unlock() {
  if (dirty_) {
    fs::path temp = path_;
    temp += ".tmp" + std::to_string(::getpid());
    {
      std::ofstream out(temp, std::ios::trunc);
      out << document_.dump();
    }
    std::error_code ec;
    fs::rename(temp, path_, ec);
    seen_mtime_ = fs::last_write_time(path_, ec);
    seen_size_ = fs::file_size(path_, ec);
    dirty_ = false;
  }
  unlock_if_clean();
}

void StateFile::read(const std::function<void(const nlohmann::json&)>& read) {
  std::lock_guard guard(mutex_);
  lock_and_load();
  read(document_);
  unlock_if_clean();
}

void StateFile::update(const std::function<bool(nlohmann::json&)>& update) {
  std::lock_guard guard(mutex_);
  lock_and_load();
  if (update(document_)) {
    auto now = std::chrono::steady_clock::now();
    if (!dirty_) first_change_ = now;
    last_change_ = now;
    dirty_ = true;
    wake_.notify_all();
  }
  unlock_if_clean();
}

void StateFile::flush() {
  std::lock_guard guard(mutex_);
  save_and_unlock();
}

void StateFile::flusher_loop() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    if (!dirty_) {
      wake_.wait(lock, [this] { return dirty_ || stopping_; });
      continue;
    }
    auto due = std::min(last_change_ + kQuietPeriod, first_change_ + kMaxDelay);
    if (std::chrono::steady_clock::now() >= due) {
      save_and_unlock();
      continue;
    }
    wake_.wait_until(lock, due);
  }
}

}  // namespace raxol::sandbox
