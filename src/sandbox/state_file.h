// A JSON document persisted in the sandbox state directory and shared by every process that
// serves the same directory: each access takes an flock, reloads the file if another process
// changed it, and writes it back atomically when the caller changed it. So consecutive CLI
// invocations (each with its own in-process sandbox) and a long-running `sandbox serve` all see
// one world.
#pragma once

#include <filesystem>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>

namespace raxol::sandbox {

class StateFile {
 public:
  // `initial` is the document used when the file does not exist yet.
  StateFile(std::filesystem::path path, nlohmann::json initial);

  // Runs `read` on the current document under the lock.
  void read(const std::function<void(const nlohmann::json&)>& read);
  // Runs `update` under the lock; saves the document if `update` returns true.
  void update(const std::function<bool(nlohmann::json&)>& update);

  const std::filesystem::path& path() const { return path_; }

 private:
  void reload_if_changed();
  void save();

  std::filesystem::path path_;
  nlohmann::json initial_;
  nlohmann::json document_;
  std::mutex mutex_;
  // What the file looked like when we last read or wrote it.
  std::filesystem::file_time_type seen_mtime_{};
  std::uintmax_t seen_size_ = 0;
  bool loaded_ = false;
};

}  // namespace raxol::sandbox
