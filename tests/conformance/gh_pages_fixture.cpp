// The GitHub Pages kind in the conformance suite: a folder published to /docs of the emulated
// repository's gh-pages branch; its index.html names the release.
#include "conformance/conformance_fixture.h"

#include "support/run_binary.h"
#include "targets/github_pages/pages_test_support.h"

namespace raxol::test::conformance {

namespace {
constexpr const char* kRepository = "conformance/site";
}

nlohmann::json GhPagesFixture::sandbox_settings() const { return {{"github", {{"build_ms", 100}}}}; }

void GhPagesFixture::write_project(const std::filesystem::path& dir) const {
  write_file(dir / "raxol-deploy.toml",
             std::string("[targets.gh-pages]\nkind = \"github-pages\"\nrepository = \"") +
                 kRepository + "\"\ndirectory = \"site\"\ndestination_dir = \"docs\"\n");
  prepare_release(dir, 1);
}

void GhPagesFixture::prepare_release(const std::filesystem::path& dir, int n) const {
  write_file(dir / "site" / "index.html", "release " + std::to_string(n));
}

int GhPagesFixture::serving(SandboxFixture& box) const {
  const auto repo = box.state_dir() / "github" / "repos" / (std::string(kRepository) + ".git");
  if (!std::filesystem::exists(repo) || ghp::commit_count(repo, "gh-pages") == 0) return 0;
  const auto files = ghp::branch_files(repo, "gh-pages");
  auto index = files.find("docs/index.html");
  if (index == files.end() || index->second.rfind("release ", 0) != 0) return 0;
  return std::stoi(index->second.substr(8));
}

nlohmann::json GhPagesFixture::retried_request() const {
  return {{"service", "github"}, {"method", "GET"}, {"path", "/api/v3/repos/*/*/pages"}};
}

nlohmann::json GhPagesFixture::apply_fault() const {
  return {{"service", "github"},
          {"method", "POST"},
          {"path", "/conformance/site.git/git-receive-pack"},
          {"times", -1}};
}

}  // namespace raxol::test::conformance
