// Images of the sandbox registry. A machine (or release) whose image names the sandbox's own
// host (FLY_REGISTRY_HOST, the registry emulator's) must name a manifest that was pushed
// there, as the real platform pulls the image it runs; the machine's image_ref then carries
// that manifest's digest. Images of other registries (registry.fly.io/app:v1 in most tests)
// are taken as given, with a stand-in digest (machine_view.h).
#pragma once

#include <optional>
#include <string>

#include "sandbox/fly/fly_call.h"

namespace raxol::sandbox::fly {

// The manifest digest `image` names in the sandbox registry: "HOST/REPO:TAG",
// "HOST/REPO@sha256:D" or "HOST/REPO:TAG@sha256:D" (the digest wins, as docker and containerd
// read it: it must be a manifest of the repository, whatever the tag points at). "" for an
// image of another registry. nullopt after answering 404 "Could not find image" when the
// sandbox registry has no such manifest.
std::optional<std::string> resolve_sandbox_image(Call& call, const std::string& image);

}  // namespace raxol::sandbox::fly
