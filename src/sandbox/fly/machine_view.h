// What the Machines API shows of a machine record: the Machine schema with events newest
// first and health checks whose status follows the clock.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace raxol::sandbox::fly {

using nlohmann::json;

// The Machine JSON. `summary` leaves out config, events, checks and host_status, as
// `?summary=true` does.
json machine_view(const json& record, int64_t now, bool summary = false);

// The parts of an image reference as Fly reads them: "registry.fly.io/app:v1@sha256:..." has
// registry "registry.fly.io", repository "app", tag "v1" and that digest; a tag or digest it
// does not name is "". Docker Hub images get Fly's mirror and the "library/" prefix.
struct ImageReference {
  std::string registry, repository, tag, digest;
};
ImageReference parse_image_reference(const std::string& image);
// The ImageRef of an image reference such as "registry.fly.io/app:deployment-1" (tag "latest"
// when it names none). Its digest is `digest` when given (the manifest's, for an image of the
// sandbox registry: sandbox_images.h), else the reference's own, else a stand-in derived from
// the reference string.
json image_ref_of(const std::string& image, const std::string& digest = "");
// The checks the machine's config defines (top-level and per service), with their status.
json check_statuses(const json& record, int64_t now);

}  // namespace raxol::sandbox::fly
