#include "targets/fly/build/builder_choice.h"

#include "system/user_paths.h"

namespace raxol::fly {

namespace {

constexpr std::chrono::seconds kDaemonProbeTimeout{5};

Error no_builder(const std::string& message) {
  Error error = make_error(ErrorKind::build, message);
  error.notes = {"raxol-deploy builds with docker (a running daemon, BuildKit), buildah or podman",
                 "install one on Debian: apt-get install buildah   (or podman, or docker.io)",
                 "or deploy a prebuilt image with --image REF"};
  return error;
}

// `docker version` asks the daemon for its version: it answers only when a daemon listens
// at DOCKER_HOST (or the default socket), and fails at once otherwise.
bool docker_daemon_answers(Context& context, const std::filesystem::path& docker) {
  ProcessSpec probe({docker.string(), "version", "--format", "{{.Server.Version}}"});
  probe.timeout = kDaemonProbeTimeout;
  if (auto host = context.env.get("DOCKER_HOST")) probe.env["DOCKER_HOST"] = *host;
  auto result = context.processes.run(probe);
  return result.ok() && result->exit_code == 0 && !result->out.empty();
}

}  // namespace

Result<BuilderChoice> choose_builder(const std::string& wanted, Context& context) {
  const auto docker = find_program(context.env, "docker");
  const bool has_docker = docker.has_value();
  if (wanted == "docker") {
    if (!has_docker) return no_builder("--builder docker: docker is not on PATH");
    if (!docker_daemon_answers(context, *docker))
      return no_builder("--builder docker: no docker daemon answers at " +
                        context.env.get("DOCKER_HOST").value_or("unix:///var/run/docker.sock"));
    return BuilderChoice{BuilderKind::docker, "--builder docker"};
  }
  for (BuilderKind kind : {BuilderKind::buildah, BuilderKind::podman}) {
    const std::string name(kBuilderNames.name(kind));
    if (wanted != name) continue;
    if (!find_program(context.env, name))
      return no_builder("--builder " + name + ": " + name + " is not on PATH");
    return BuilderChoice{kind, "--builder " + name};
  }
  if (has_docker && docker_daemon_answers(context, *docker))
    return BuilderChoice{BuilderKind::docker, "auto: a docker daemon answers"};
  const std::string docker_note = has_docker ? "no docker daemon answers" : "no docker on PATH";
  for (BuilderKind kind : {BuilderKind::buildah, BuilderKind::podman}) {
    const std::string name(kBuilderNames.name(kind));
    if (find_program(context.env, name))
      return BuilderChoice{kind, "auto: " + docker_note + "; " + name + " is on PATH"};
  }
  return no_builder("no image builder found: " + docker_note +
                    ", and neither buildah nor "
                    "podman is on PATH");
}

}  // namespace raxol::fly
