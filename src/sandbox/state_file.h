// A JSON document persisted in the sandbox state directory and shared by every process that
// serves the same directory (consecutive CLI invocations, each with its own in-process sandbox,
// and a long-running `sandbox serve` all see one world).
//
// Write-behind: a change is applied in memory at once and saved a moment later by a flusher
// thread (20 ms after the last change, 100 ms at most). Until then this process keeps the file
// lock (flock), so another process that wants the document waits for the save and then reloads
// it. Saving a large document on every request made the emulators the bottleneck of the
// benchmarks; this keeps them consistent at a fraction of the cost.
#pragma once

#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

namespace raxol::sandbox {

class StateFile {
 public:
  // `initial` is the document used when the file does not exist yet.
  StateFile(std::filesystem::path path, nlohmann::json initial);
  ~StateFile();  // saves pending changes
  StateFile(const StateFile&) = delete;
  StateFile& operator=(const StateFile&) = delete;

  // Runs `read` on the current document under the lock.
  void read(const std::function<void(const nlohmann::json&)>& read);
  // Runs `update` under the lock; the document is saved soon if `update` returns true.
  void update(const std::function<bool(nlohmann::json&)>& update);
  // Saves pending changes now and releases the file lock.
  void flush();

  const std::filesystem::path& path() const { return path_; }

 private:
  // With mutex_ held: takes the file lock (if not held) and reloads the file if another
  // process changed it.
  void lock_and_load();
  // With mutex_ held: releases the file lock unless changes are pending.
  void unlock_if_clean();
  void save_and_unlock();  // with mutex_ held
  void flusher_loop();

  std::filesystem::path path_;
  nlohmann::json initial_;
  nlohmann::json document_;
  std::mutex mutex_;
  int lock_fd_ = -1;
  bool locked_ = false;
  bool dirty_ = false;
  std::chrono::steady_clock::time_point first_change_{};
  std::chrono::steady_clock::time_point last_change_{};
  // What the file looked like when we last read or wrote it.
  std::filesystem::file_time_type seen_mtime_{};
  std::uintmax_t seen_size_ = 0;
  bool loaded_ = false;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread flusher_;
};

}  // namespace raxol::sandbox
