// The GitHub emulator's knobs: defaults, overrides, malformed values kept at their default,
// and taking the pending "concurrent pushes" one at a time.
#include "sandbox/github/github_settings.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace raxol::sandbox;
using namespace raxol::sandbox::github;

TEST_CASE("github settings: defaults, overrides and the concurrent-push counter",
          "[sandbox][github]") {
  raxol::test::TempDir dir;
  raxol::test::write_file(dir / "settings.json", R"({"github": {"build_ms": 20,
      "build_error": "boom", "concurrent_pushes": 2, "concurrent_push_branch": "main",
      "tokens": {"ghp_a": "alice", "ghp_b": 3}, "tokens_without_secrets": ["ghp_b", 4],
      "certificate_ms": "soon"}})");
  StateFile file(dir / "settings.json", nlohmann::json::object());
  auto settings = read_github_settings(file);
  CHECK(settings.build_ms == 20);
  CHECK(settings.build_error == "boom");
  CHECK(settings.concurrent_push_branch == "main");
  CHECK(settings.certificate_ms == 1500);  // malformed: the default
  CHECK(settings.tokens ==
        std::map<std::string, std::string>{{"ghp_a", "alice"}, {"ghp_b", "sandbox-user"}});
  CHECK(settings.tokens_without_secrets == std::set<std::string>{"ghp_b"});

  CHECK(take_concurrent_push(file));
  CHECK(take_concurrent_push(file));
  CHECK_FALSE(take_concurrent_push(file));
  CHECK(read_github_settings(file).concurrent_pushes == 0);

  raxol::test::TempDir empty_dir;
  StateFile empty(empty_dir / "settings.json", nlohmann::json::object());
  CHECK_FALSE(take_concurrent_push(empty));
  const auto defaults = read_github_settings(empty);
  CHECK(defaults.build_ms == 1000);
  CHECK(defaults.tokens.count("sandbox-github-token") == 1);
  CHECK(defaults.tokens_without_secrets.empty());
}
