#include "targets/fly/build/builder_argv.h"

namespace raxol::fly {

namespace {

// buildah and podman keep images in our own storage (kept between builds, so unchanged steps
// are reused) with the vfs driver and chroot isolation: the combination that works as root,
// rootless and inside containers alike (../shared/reference/protocols/image-build.md).
std::vector<std::string> containers_prefix(const ImageBuildSpec& spec) {
  return {std::string(kBuilderNames.name(spec.builder)),
          "--root",
          (spec.storage / "storage").string(),
          "--runroot",
          (spec.storage / "run").string(),
          "--storage-driver",
          "vfs"};
}

void append(std::vector<std::string>& argv, std::initializer_list<std::string> words) {
  argv.insert(argv.end(), words);
}

std::string secret_flag(const BuildSecret& secret, const BuildPaths& paths) {
  if (!secret.env.empty()) return "id=" + secret.id + ",env=" + secret.env;
  const auto file = secret.spooled_value ? paths.secret_file(secret.id) : secret.file;
  return "id=" + secret.id + ",src=" + file.string();
}

// The flags docker, buildah and podman spell alike.
void common_build_flags(const ImageBuildSpec& spec, const BuildPaths& paths,
                        std::vector<std::string>& argv) {
  append(argv,
         {"--platform", spec.platform, "--file", spec.dockerfile.string(), "--tag", spec.tag});
  if (!spec.target.empty()) append(argv, {"--target", spec.target});
  for (const auto& [name, value] : spec.args) append(argv, {"--build-arg", name + "=" + value});
  for (const auto& secret : spec.secrets) append(argv, {"--secret", secret_flag(secret, paths)});
  for (const auto& [name, value] : spec.labels) append(argv, {"--label", name + "=" + value});
  if (spec.no_cache) argv.push_back("--no-cache");
}

}  // namespace

bool insecure_registry(const std::string& host) {
  std::string name = host;  // without the port
  if (host.starts_with("["))
    name = host.substr(0, host.find(']') + 1);
  else if (auto colon = host.find(':'); colon != std::string::npos)
    name = host.substr(0, colon);
  const bool ipv4_loopback =
      name.starts_with("127.") &&
      name.find_first_not_of("0123456789.") == std::string::npos;  // not "127.example.com"
  return name == "localhost" || ipv4_loopback || name == "[::1]";
}

BuilderCommand build_command(const ImageBuildSpec& spec, const BuildPaths& paths) {
  BuilderCommand command;
  auto& argv = command.argv;
  if (spec.builder == BuilderKind::docker) {
    // BuildKit: the classic builder silently drops build secrets (as flyctl notes).
    command.env["DOCKER_BUILDKIT"] = "1";
    append(argv, {"docker", "build", "--progress", "plain"});
    common_build_flags(spec, paths, argv);
    // BuildKit has no --timestamp; it reads SOURCE_DATE_EPOCH as a build argument.
    if (spec.timestamp)
      append(argv, {"--build-arg", "SOURCE_DATE_EPOCH=" + std::to_string(*spec.timestamp)});
    argv.push_back(spec.context.string());
    return command;
  }
  argv = containers_prefix(spec);
  append(argv, {"build", "--isolation", "chroot", "--layers", "--iidfile",
                paths.image_id_file().string()});
  common_build_flags(spec, paths, argv);
  if (!spec.ignorefile.empty()) append(argv, {"--ignorefile", spec.ignorefile.string()});
  if (spec.timestamp) append(argv, {"--timestamp", std::to_string(*spec.timestamp)});
  argv.push_back(spec.context.string());  // last: flags after it are taken as arguments
  return command;
}

BuilderCommand push_command(const ImageBuildSpec& spec, const BuildPaths& paths) {
  BuilderCommand command;
  if (spec.builder == BuilderKind::docker) {
    // docker reads credentials from $DOCKER_CONFIG/config.json and treats 127.0.0.0/8 as an
    // insecure registry by itself.
    command.env["DOCKER_CONFIG"] = paths.private_dir.string();
    command.argv = {"docker", "push", spec.tag};
    return command;
  }
  command.argv = containers_prefix(spec);
  append(command.argv, {"push", "--authfile", paths.auth_file().string(), "--digestfile",
                        paths.digest_file().string()});
  if (insecure_registry(spec.registry_host)) command.argv.push_back("--tls-verify=false");
  append(command.argv, {spec.tag, "docker://" + spec.tag});
  return command;
}

std::string command_line(const std::vector<std::string>& argv) {
  std::string line;
  for (const auto& word : argv) {
    if (!line.empty()) line += ' ';
    const bool plain =
        !word.empty() && word.find_first_of(" \t\n'\"\\$`*?;&|<>(){}") == std::string::npos;
    if (plain) {
      line += word;
      continue;
    }
    line += '\'';
    for (char c : word) line += c == '\'' ? std::string("'\\''") : std::string(1, c);
    line += '\'';
  }
  return line;
}

}  // namespace raxol::fly
