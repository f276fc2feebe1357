// The exact command lines that build and push the image, per builder, as pure functions of the
// build: `plan` prints them and apply() runs them, so they cannot drift apart. No argv ever
// holds a secret value or a credential: build secrets are files or environment variables, and
// registry credentials are in an auth file (buildah, podman) or DOCKER_CONFIG (docker).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "targets/fly/build/image_build.h"

namespace raxol::fly {

// Files of one build in its private 0700 folder (see PrivateDir). `plan` uses the
// placeholder folder "<private>" since the real one exists only while the build runs.
struct BuildPaths {
  std::filesystem::path private_dir;

  std::filesystem::path auth_file() const { return private_dir / "auth.json"; }  // buildah/podman
  std::filesystem::path digest_file() const { return private_dir / "digest"; }
  std::filesystem::path image_id_file() const { return private_dir / "image-id"; }
  std::filesystem::path secret_file(const std::string& id) const {
    return private_dir / "secrets" / id;
  }
  static BuildPaths placeholder() { return {"<private>"}; }
};

struct BuilderCommand {
  std::vector<std::string> argv;
  std::map<std::string, std::string> env;  // added to the builder's environment
};

BuilderCommand build_command(const ImageBuildSpec& spec, const BuildPaths& paths);
BuilderCommand push_command(const ImageBuildSpec& spec, const BuildPaths& paths);

// A registry we reach over plain HTTP: loopback only (the sandbox), as docker's default
// insecure range; every other host is HTTPS with verified certificates.
bool insecure_registry(const std::string& host);

// argv as one line a shell would read back the same (words with spaces or quotes quoted).
std::string command_line(const std::vector<std::string>& argv);

}  // namespace raxol::fly
