#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "raxol/filesystem.h"

namespace raxol {

namespace fs = std::filesystem;

namespace {

Error io_error(const fs::path& path, const std::string& what) {
  return make_error(ErrorKind::failed, path.string() + ": " + what);
}

class LocalFileSystem : public FileSystem {
 public:
  Result<std::string> read_file(const fs::path& path) const override {
    // An ifstream opens a directory without complaint and reads it as empty.
    std::error_code ec;
    if (fs::is_directory(path, ec)) return io_error(path, std::strerror(EISDIR));
    std::ifstream in(path, std::ios::binary);
    if (!in) return io_error(path, std::strerror(errno));
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) return io_error(path, "read failed");
    return content.str();
  }

  Status write_file_atomic(const fs::path& path, const std::string& content) override {
    std::error_code ec;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
    fs::path temp = path;
    temp += ".tmp-" + std::to_string(::getpid());
    {
      std::ofstream out(temp, std::ios::binary | std::ios::trunc);
      if (!out) return io_error(temp, std::strerror(errno));
      out << content;
      out.flush();
      if (!out) return io_error(temp, "write failed");
    }
    fs::rename(temp, path, ec);
    if (ec) {
      std::error_code ignored;
      fs::remove(temp, ignored);  // a failed rename must not leave the temporary behind
      return io_error(path, ec.message());
    }
    return {};
  }

  Status append_line(const fs::path& path, const std::string& line) override {
    std::error_code ec;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) return io_error(path, std::strerror(errno));
    std::string data = line + "\n";
    ssize_t n = ::write(fd, data.data(), data.size());  // one write: O_APPEND keeps lines whole
    ::close(fd);
    if (n != static_cast<ssize_t>(data.size())) return io_error(path, "short write");
    return {};
  }

  bool exists(const fs::path& path) const override {
    std::error_code ec;
    return fs::exists(path, ec);
  }
  bool is_directory(const fs::path& path) const override {
    std::error_code ec;
    return fs::is_directory(path, ec);
  }
  Status create_directories(const fs::path& path) override {
    std::error_code ec;
    fs::create_directories(path, ec);
    if (ec) return io_error(path, ec.message());
    return {};
  }
  Result<std::vector<fs::path>> list_directory(const fs::path& path) const override {
    std::error_code ec;
    std::vector<fs::path> entries;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
      entries.push_back(it->path());
    if (ec) return io_error(path, ec.message());
    std::sort(entries.begin(), entries.end());
    return entries;
  }
};

}  // namespace

std::unique_ptr<FileSystem> make_local_filesystem() { return std::make_unique<LocalFileSystem>(); }

}  // namespace raxol
