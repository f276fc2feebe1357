// Runs the real raxol-deploy binary, as a user or CI job would, and captures what it printed.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace raxol::test {

struct BinaryResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// `env` is added to the inherited environment; NO_COLOR is always set so output is plain.
BinaryResult run_binary(const std::vector<std::string>& args,
                        const std::map<std::string, std::string>& env = {},
                        const std::filesystem::path& cwd = {}, const std::string& stdin_data = {});

// The raxol-deploy binary under test (an absolute path).
const std::string& binary_path();

// Absolute path of a file in the source tree ("tests/fixtures/x").
std::filesystem::path source_path(const std::string& relative);
// Absolute path of a copied reference fixture (tests/fixtures/reference/...), the same
// files as ../shared/reference/ so tests run on a clean clone.
std::filesystem::path reference_path(const std::string& relative);

// A fresh empty directory under the system temp dir, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

void write_file(const std::filesystem::path& path, const std::string& content);
std::string read_file(const std::filesystem::path& path);

}  // namespace raxol::test
