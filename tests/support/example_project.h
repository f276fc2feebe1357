// A copy of examples/raxol for one test, without the local state earlier runs left in the
// source tree (.raxol/: audit log, publish cache).
#pragma once

#include <filesystem>
#include <string>

namespace raxol::test {

// Copies the example into `dir`. With `prebuilt_image`, fly.toml's [build] deploys that image
// instead of building docker/Dockerfile.web: the tests that are not about builds stay fast and
// need no builder. Without it, Debian's static busybox is put where the Dockerfile expects it.
void copy_example_project(const std::filesystem::path& dir, const std::string& prebuilt_image);

}  // namespace raxol::test
