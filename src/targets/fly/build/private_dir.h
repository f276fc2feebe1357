// A folder only we can read (0700, under TMPDIR) for the files one build needs and nobody else
// may see: the registry auth file, spooled build secrets, the digest file. Removed with
// everything in it when the object goes away, whether the build worked or not.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "raxol/result.h"

namespace raxol::fly {

class PrivateDir {
 public:
  static Result<std::unique_ptr<PrivateDir>> create(const std::string& purpose);
  ~PrivateDir();
  PrivateDir(const PrivateDir&) = delete;
  PrivateDir& operator=(const PrivateDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Creates `relative` (and its folders) with mode 0600 and writes `content`.
  Status write_private_file(const std::filesystem::path& relative, const std::string& content);

 private:
  explicit PrivateDir(std::filesystem::path path) : path_(std::move(path)) {}
  std::filesystem::path path_;
};

// The auth file buildah, podman and skopeo read (--authfile) and docker reads as
// $DOCKER_CONFIG/config.json: {"auths": {HOST: {"auth": base64(USER:PASSWORD)}}}.
std::string registry_auth_json(const std::string& host, const std::string& user,
                               const std::string& password);

}  // namespace raxol::fly
