// What building the Fly image means, as plain data: the build worked out read-only by
// `plan` (resolve_image_build), and what the builder made (BuiltImage). The deploy carries the
// build in its inputs so that `--dry-run` prints exactly the commands apply() runs.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "raxol/enum_names.h"

namespace raxol::fly {

// The programs that can build an image here (docs/fly.md, "How the builder is chosen").
enum class BuilderKind { docker, buildah, podman };
inline constexpr EnumNames<BuilderKind, 3> kBuilderNames{{{
    {BuilderKind::docker, "docker"},
    {BuilderKind::buildah, "buildah"},
    {BuilderKind::podman, "podman"},
}}};

// One --build-secret. The value never reaches an argv: the builder reads it from a file or
// from its own environment.
struct BuildSecret {
  std::string id;
  std::filesystem::path file;  // id=NAME,src=FILE
  std::string env;             // id=NAME,env=VAR: the builder reads VAR from its environment
  // flyctl's NAME=VALUE: the value is written to a 0600 file in the build's private folder
  // for the length of the build, then removed.
  std::optional<std::string> spooled_value;
};

using KeyValues = std::vector<std::pair<std::string, std::string>>;

struct ImageBuildSpec {
  BuilderKind builder = BuilderKind::buildah;
  std::string builder_reason;        // why this builder: "--builder", "auto: ..."
  std::filesystem::path context;     // the build context: fly.toml's folder
  std::filesystem::path dockerfile;  // absolute
  std::filesystem::path ignorefile;  // empty: none
  std::string target;                // --build-target / [build] build-target
  KeyValues args;                    // [build] args, then --build-arg (by name, sorted)
  std::vector<BuildSecret> secrets;
  KeyValues labels;  // --label K=V
  bool no_cache = false;
  std::string platform = "linux/amd64";
  std::optional<std::int64_t> timestamp;  // SOURCE_DATE_EPOCH: reproducible image digests
  std::filesystem::path storage;          // buildah/podman image storage (layers kept for reuse)
  std::string registry_host;              // FLY_REGISTRY_HOST
  std::string repository;                 // the app name
  std::string tag;                        // HOST/APP:deployment-<ULID> or HOST/APP:<--image-label>
  bool push = true;                       // false: --build-only without --push
  bool deploy = true;                     // false: --build-only
};

// What the builder made and the registry holds.
struct BuiltImage {
  std::string tag;         // HOST/APP:LABEL
  std::string digest;      // sha256:... of the manifest in the registry; empty when not pushed
  std::string image_id;    // the builder's local image id (config digest)
  std::uint64_t size = 0;  // compressed bytes of config and layers, from the manifest
  BuilderKind builder = BuilderKind::buildah;
  double seconds = 0;  // build and push
  bool pushed = false;

  // What the machines run: TAG@DIGEST once pushed (pinned), else the tag.
  std::string reference() const { return digest.empty() ? tag : tag + "@" + digest; }
};

// "HOST/APP:deployment-<ULID>" (flyctl's tag), or "HOST/APP:LABEL" for --image-label.
std::string image_tag(const std::string& registry_host, const std::string& app,
                      const std::string& label);
// A registry tag: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127} (the distribution spec's rule).
bool valid_tag_label(const std::string& label);
// The digest after '@' in a reference ("" when there is none).
std::string reference_digest(const std::string& reference);

}  // namespace raxol::fly
