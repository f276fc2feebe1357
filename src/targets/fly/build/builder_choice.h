// Which program builds the image: `--builder auto|docker|buildah|podman`. auto takes a docker
// daemon that answers (at DOCKER_HOST or the default socket; driven with BuildKit), else
// buildah, else podman, as found on PATH.
#pragma once

#include <string>

#include "raxol/context.h"
#include "targets/fly/build/image_build.h"

namespace raxol::fly {

struct BuilderChoice {
  BuilderKind kind = BuilderKind::buildah;
  std::string reason;  // "--builder buildah", "auto: no docker daemon answered; buildah on PATH"
};

inline const std::vector<std::string> kBuilderChoices = {"auto", "docker", "buildah", "podman"};

// ErrorKind::build when the wanted builder (or, for auto, any builder) is not there; the
// message names the three and how to install one from Debian's packages.
Result<BuilderChoice> choose_builder(const std::string& wanted, Context& context);

}  // namespace raxol::fly
