#include "support/run_binary.h"

#include <unistd.h>

#include <fstream>
#include <random>
#include <sstream>

#include "raxol/process.h"

namespace raxol::test {

const std::string& binary_path() {
  static const std::string path = RAXOL_BINARY;
  return path;
}

BinaryResult run_binary(const std::vector<std::string>& args,
                        const std::map<std::string, std::string>& env,
                        const std::filesystem::path& cwd, const std::string& stdin_data) {
  ProcessSpec spec;
  spec.argv.push_back(binary_path());
  spec.argv.insert(spec.argv.end(), args.begin(), args.end());
  spec.env = env;
  spec.env["NO_COLOR"] = "1";
  spec.cwd = cwd;
  spec.stdin_data = stdin_data;
  spec.timeout = std::chrono::minutes(3);
  auto runner = make_posix_process_runner();
  auto result = runner->run(spec);
  if (!result.ok()) return {-1, "", result.error().message};
  return {result->exit_code, result->out, result->err};
}

std::filesystem::path source_path(const std::string& relative) {
  return std::filesystem::path(RAXOL_SOURCE_DIR) / relative;
}

std::filesystem::path reference_path(const std::string& relative) {
  return source_path("tests/fixtures/reference/" + relative);
}

TempDir::TempDir() {
  std::random_device random;
  path_ = std::filesystem::temp_directory_path() /
          ("raxol-test-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void write_file(const std::filesystem::path& path, const std::string& content) {
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace raxol::test
