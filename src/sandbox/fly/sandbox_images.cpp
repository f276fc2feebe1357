#include "sandbox/fly/sandbox_images.h"

#include "sandbox/fly/machine_view.h"
#include "sandbox/registry/registry_store.h"

namespace raxol::sandbox::fly {

std::optional<std::string> resolve_sandbox_image(Call& call, const std::string& image) {
  const ImageReference reference = parse_image_reference(image);
  if (reference.registry != registry::registry_host(call.context.base_url)) return "";
  auto digest = registry::find_manifest_digest(
      call.context.state_dir, reference.repository,
      !reference.digest.empty() ? reference.digest
                                : (reference.tag.empty() ? "latest" : reference.tag));
  if (digest) return digest;
  // The platform's words and status for an image it cannot find, as flyctl reported them
  // from Fly's API: `failed to create release (status 404): {"error":"Could not find image
  // \"registry.fly.io/APP:deployment-SHA\""}` (github.com/brockamer/findajob issue #999,
  // found with the `search` tool's issues corpus; flyctl's own client-side check says
  // `could not find image "REF"`, internal/build/imgsrc/resolver.go).
  call.error(404, "Could not find image \"" + image + "\"");
  return std::nullopt;
}

}  // namespace raxol::sandbox::fly
