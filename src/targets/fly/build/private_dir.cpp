#include "targets/fly/build/private_dir.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>

#include "util/base64.h"
#include "util/file_write.h"

namespace raxol::fly {

Result<std::unique_ptr<PrivateDir>> PrivateDir::create(const std::string& purpose) {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern =
      std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/raxol-" + purpose + "-XXXXXX";
  // mkdtemp creates the folder with mode 0700.
  if (::mkdtemp(pattern.data()) == nullptr)
    return make_error(ErrorKind::internal,
                      "cannot create a private folder in " + pattern + ": " + std::strerror(errno));
  return std::unique_ptr<PrivateDir>(new PrivateDir(pattern));
}

PrivateDir::~PrivateDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

Status PrivateDir::write_private_file(const std::filesystem::path& relative,
                                      const std::string& content) {
  const auto file = path_ / relative;
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  if (!ec) std::filesystem::permissions(file.parent_path(), std::filesystem::perms::owner_all, ec);
  // Created 0600 from the start: no moment in which another user could open it.
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (ec || fd < 0)
    return make_error(ErrorKind::internal, "cannot write " + file.string() + ": " +
                                               (ec ? ec.message() : std::strerror(errno)));
  const bool written = write_all(fd, content);
  ::close(fd);
  if (!written) return make_error(ErrorKind::internal, "cannot write " + file.string());
  return {};
}

std::string registry_auth_json(const std::string& host, const std::string& user,
                               const std::string& password) {
  nlohmann::json auth = {{"auths", {{host, {{"auth", base64_encode(user + ":" + password)}}}}}};
  return auth.dump();
}

}  // namespace raxol::fly
