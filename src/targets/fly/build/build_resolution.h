// Decides whether a Fly deploy builds its image and, if so, exactly how: from fly.toml's
// [build], the command line and the environment. Read-only (it probes for a builder but
// builds nothing), so that `plan` can show the build it would run.
//
// Precedence: the command line wins over fly.toml for every build setting (--dockerfile,
// --ignorefile, --build-target, --build-arg over [build] args). flyctl lets fly.toml's
// dockerfile, ignorefile and build-target win over its flags; docs/fly.md says so.
#pragma once

#include <optional>
#include <string>

#include "raxol/context.h"
#include "raxol/options.h"
#include "targets/fly/build/image_build.h"
#include "targets/fly/config/fly_toml.h"

namespace raxol::fly {

struct BuildSource {
  const LoadedFlyConfig& fly_toml;
  std::filesystem::path fly_toml_path;  // as the target's settings name it
  std::string app;
  std::string registry_host;  // FLY_REGISTRY_HOST
};

// What the machines will run: a prebuilt image, or the image a build will make.
struct ImageSource {
  std::string image;  // the prebuilt reference, or the tag the build pushes
  std::optional<ImageBuildSpec> build;
};

// In order: --image; --dockerfile; the project file's image; [build] image; [build] dockerfile;
// a Dockerfile beside fly.toml (as flyctl). Build flags beside a prebuilt image are a usage
// error rather than silently ignored; no image and nothing to build is one too.
Result<ImageSource> resolve_image_source(const BuildSource& source, const OptionValues& options,
                                         const std::string& project_image, Context& context);

// The deploy options a build reads (fly_kind.cpp declares them from this list).
std::vector<OptionSpec> build_options();

// Parses one --build-secret: id=NAME,src=FILE | id=NAME,env=VAR | flyctl's NAME=VALUE.
Result<BuildSecret> parse_build_secret(const std::string& text);

}  // namespace raxol::fly
