#include "support/example_project.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

namespace raxol::test {

void copy_example_project(const std::filesystem::path& dir, const std::string& prebuilt_image) {
  namespace fs = std::filesystem;
  fs::copy(source_path("examples/raxol"), dir, fs::copy_options::recursive);
  fs::remove_all(dir / ".raxol");
  fs::remove(dir / "docker" / "busybox");
  if (prebuilt_image.empty()) {
    REQUIRE(fs::exists("/bin/busybox"));  // Debian's busybox-static (scripts/setup.sh)
    fs::copy_file("/bin/busybox", dir / "docker" / "busybox");
    return;
  }
  const auto fly_toml = dir / "fly.toml";
  std::string text = read_file(fly_toml);
  const auto start = text.find("[build]");
  const auto end = text.find("\n[deploy]");
  REQUIRE(start != std::string::npos);
  REQUIRE(end != std::string::npos);
  text.replace(start, end - start, "[build]\n  image = \"" + prebuilt_image + "\"\n");
  write_file(fly_toml, text);
}

}  // namespace raxol::test
