// The Fly emulator's knobs: defaults, overrides from settings["fly"], malformed values kept at
// their default, image globs where `*` crosses '/', and the token map.
#include "sandbox/fly/fly_settings.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"
#include "util/glob.h"

using namespace raxol::sandbox;
using namespace raxol::sandbox::fly;

namespace {
FlySettings read(const std::string& settings_json) {
  raxol::test::TempDir dir;
  raxol::test::write_file(dir / "settings.json", settings_json);
  StateFile file(dir / "settings.json", nlohmann::json::object());
  return read_fly_settings(file);
}
}  // namespace

TEST_CASE("fly settings: defaults and overrides", "[sandbox][fly]") {
  const FlySettings defaults = read("{}");
  CHECK(defaults.start_ms == 400);
  CHECK(defaults.default_lease_ttl == 30);
  CHECK_FALSE(defaults.exec_exit_code);
  CHECK(defaults.tokens ==
        std::map<std::string, std::string>{{"sandbox-fly-token", "you@sandbox.local"}});
  CHECK(raxol::glob_matches_any(defaults.crash_images, "registry.fly.io/app:crash-loop"));
  CHECK(raxol::glob_matches_any(defaults.never_start_images, "docker.io/org/app:never-starts"));
  CHECK_FALSE(raxol::glob_matches_any(defaults.failing_check_images, "registry.fly.io/app:v1"));

  const FlySettings set = read(R"({"fly": {"start_ms": 5, "exec_exit_code": 3,
      "default_region": "ams", "crash_images": "*/boom:*", "tokens": {"fm2_x": "x@example.com"},
      "github": "ignored"}, "github": {"start_ms": 9}})");
  CHECK(set.start_ms == 5);
  CHECK(set.exec_exit_code == 3);
  CHECK(set.default_region == "ams");
  CHECK(raxol::glob_matches_any(set.crash_images, "registry.fly.io/team/boom:v1"));
  CHECK_FALSE(raxol::glob_matches_any(set.crash_images, "registry.fly.io/app:crash"));
  CHECK(set.tokens == std::map<std::string, std::string>{{"fm2_x", "x@example.com"}});
}

TEST_CASE("fly settings: malformed values keep their default", "[sandbox][fly]") {
  const FlySettings bad = read(R"({"fly": {"start_ms": "fast", "stop_ms": 1.5, "exec_exit_code":
      "three", "default_region": 7, "crash_images": 12, "tokens": {}}})");
  CHECK(bad.start_ms == 400);
  CHECK(bad.stop_ms == 200);
  CHECK_FALSE(bad.exec_exit_code);
  CHECK(bad.default_region == "sjc");
  CHECK(bad.crash_images == FlySettings().crash_images);
  CHECK(bad.tokens.count("sandbox-fly-token") == 1);
  CHECK(read(R"({"fly": "not an object"})").check_ms == 300);
  CHECK(read("[1, 2]").check_ms == 300);
}
