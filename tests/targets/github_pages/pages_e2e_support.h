// Shared by the GitHub Pages end-to-end tests (tests/e2e/gh_pages_*_test.cpp): a project
// folder with a github-pages target, the real binary run in it against a SandboxFixture, and
// the emulated repository on disk.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "support/sandbox_fixture.h"
#include "targets/github_pages/pages_test_support.h"

namespace raxol::test::ghp {

// Sandbox settings for fast builds.
inline nlohmann::json fast_github(nlohmann::json extra = nlohmann::json::object()) {
  nlohmann::json github = {{"build_ms", 100}};
  github.merge_patch(extra);
  return {{"github", github}};
}

struct GhPagesProject {
  TempDir dir;
  // A project publishing `directory` (created with `files`) to `destination` of `repository`.
  GhPagesProject(const std::string& repository, const std::string& destination,
                 const std::map<std::string, std::string>& files, const std::string& extra = "") {
    std::string toml = "[targets.gh-pages]\nkind = \"github-pages\"\n";
    if (!repository.empty()) toml += "repository = \"" + repository + "\"\n";
    toml += "directory = \"site\"\ndestination_dir = \"" + destination + "\"\n" + extra;
    write_file(dir / "raxol-deploy.toml", toml);
    for (const auto& [path, content] : files) write_file(dir / "site" / path, content);
  }
  std::filesystem::path site() const { return dir / "site"; }
};

inline BinaryResult run_pages(SandboxFixture& box, const std::filesystem::path& project,
                              std::vector<std::string> args,
                              const std::map<std::string, std::string>& extra_env = {}) {
  args.insert(args.begin(), {"-C", project.string()});
  auto env = box.env();
  for (const auto& [name, value] : extra_env) env[name] = value;
  return run_binary(args, env);
}

// The bare repository behind `<owner>/<name>` in the sandbox state.
inline std::filesystem::path sandbox_repo(SandboxFixture& box, const std::string& slug) {
  return box.state_dir() / "github" / "repos" / (slug + ".git");
}

// Creates the sandbox repository (as a push would) so a test can seed it.
inline std::filesystem::path create_sandbox_repo(SandboxFixture& box, const std::string& slug) {
  auto path = sandbox_repo(box, slug);
  git({"init", "--quiet", "--bare", "--initial-branch=main", path.string()});
  return path;
}

}  // namespace raxol::test::ghp
