// The few file operations the core needs, behind a seam so that tests can inject failures.
// Bulk tree walks (asset hashing, git work trees) use std::filesystem directly in their module.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "raxol/result.h"

namespace raxol {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  virtual Result<std::string> read_file(const std::filesystem::path& path) const = 0;
  // Writes to a temporary file beside `path`, then renames: readers never see half a file.
  virtual Status write_file_atomic(const std::filesystem::path& path,
                                   const std::string& content) = 0;
  // Appends one line (a trailing newline is added) with O_APPEND, for JSON-lines logs.
  virtual Status append_line(const std::filesystem::path& path, const std::string& line) = 0;
  virtual bool exists(const std::filesystem::path& path) const = 0;
  virtual bool is_directory(const std::filesystem::path& path) const = 0;
  virtual Status create_directories(const std::filesystem::path& path) = 0;
  // Entries of one directory (not recursive), sorted by name.
  virtual Result<std::vector<std::filesystem::path>> list_directory(
      const std::filesystem::path& path) const = 0;
};

std::unique_ptr<FileSystem> make_local_filesystem();

}  // namespace raxol
