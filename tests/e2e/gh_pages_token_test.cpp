// The token reaches git in an http.extraHeader passed through the environment: it must not be
// in the argv of any git raxol-deploy spawns (what `ps` and /proc/<pid>/cmdline show), in any
// file of the publish cache (.git/config included) or of the project, nor in any output, -v
// included.
#include <catch2/catch.hpp>

#include "targets/github_pages/api/github_endpoints.h"
#include "targets/github_pages/pages_e2e_support.h"

using namespace raxol::test;
using namespace raxol::test::ghp;
using nlohmann::json;

namespace {

const std::string kToken = "ghp_S3cretTokenValue0123456789";

// Every byte of every file under `dir`, for searching.
std::string all_file_contents(const std::filesystem::path& dir) {
  std::string text;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) text += entry.path().string() + "\n" + read_file(entry.path());
  return text;
}

}  // namespace

TEST_CASE("gh-pages e2e: no token in argv of spawned git, cache files, project or output",
          "[e2e][gh-pages]") {
  SandboxFixture box(fast_github({{"tokens", {{kToken, "octo"}}}}));
  REQUIRE(box.env().at("GITHUB_TOKEN") == kToken);
  const std::string basic = raxol::github_pages::basic_credentials(kToken);

  // A git wrapper first on PATH records the argv (= /proc/<pid>/cmdline) of each git we run.
  const std::string path = std::getenv("PATH") ? std::getenv("PATH") : "/usr/bin:/bin";
  std::string real_git = "/usr/bin/git";
  for (size_t start = 0; start <= path.size();) {
    size_t end = std::min(path.find(':', start), path.size());
    auto candidate = std::filesystem::path(path.substr(start, end - start)) / "git";
    if (std::filesystem::exists(candidate)) {
      real_git = candidate.string();
      break;
    }
    start = end + 1;
  }
  TempDir tools;
  const auto argv_log = tools / "git-argv.log";
  write_file(tools / "bin" / "git",
             "#!/bin/sh\nprintf '%s\\n' \"$(tr '\\0' ' ' < /proc/$$/cmdline)\" >> '" +
                 argv_log.string() + "'\nexec " + real_git + " \"$@\"\n");
  std::filesystem::permissions(tools / "bin" / "git", std::filesystem::perms::owner_all);
  std::map<std::string, std::string> env = {{"PATH", (tools / "bin").string() + ":" + path}};

  // The project is a git repository whose origin is the sandbox repository: no `repository`.
  GhPagesProject project("", "docs", {{"index.html", "v1"}});
  git({"init", "--quiet", "-b", "main", project.dir.path().string()});
  const auto project_git = project.dir / ".git";
  git({"remote", "add", "origin", box.env().at("GITHUB_SERVER_URL") + "/octo/site.git"},
      project_git);
  git({"-C", project.dir.path().string(), "add", "raxol-deploy.toml"}, {});
  git({"-C", project.dir.path().string(), "commit", "-q", "-m", "source"}, {});
  const std::string head = git({"rev-parse", "HEAD"}, project_git);

  std::string output;
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"-v", "-v", "deploy", "gh-pages"},
                                             {"-v", "--json", "status", "gh-pages"},
                                             {"-v", "releases", "gh-pages"},
                                             {"-v", "deploy", "gh-pages", "--dry-run"}}) {
    auto result = run_pages(box, project.dir.path(), args, env);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    output += result.out + result.err;
  }
  write_file(project.site() / "index.html", "v2");
  auto second = run_pages(box, project.dir.path(), {"-v", "deploy", "gh-pages"}, env);
  REQUIRE(second.exit_code == 0);
  output += second.out + second.err;

  auto repo = sandbox_repo(box, "octo/site");
  CHECK(branch_files(repo, "gh-pages").at("docs/index.html") == "v2");
  CHECK(git({"log", "-1", "--format=%s", "gh-pages"}, repo) == "deploy: " + head);

  std::string argv_seen = read_file(argv_log);
  CHECK(argv_seen.find("fetch") != std::string::npos);
  CHECK(argv_seen.find("push") != std::string::npos);
  for (const std::string& secret : {kToken, basic}) {
    CHECK(argv_seen.find(secret) == std::string::npos);
    CHECK(output.find(secret) == std::string::npos);
    CHECK(all_file_contents(project.dir.path()).find(secret) == std::string::npos);
    CHECK(read_file(box.state_dir() / "requests.jsonl").find(secret) == std::string::npos);
  }
  CHECK(output.find(" push --porcelain") != std::string::npos);  // -v showed the git commands

  // A rejected token: an auth error that does not repeat the token.
  auto wrong = run_pages(box, project.dir.path(), {"-v", "deploy", "gh-pages"},
                         {{"GITHUB_TOKEN", "ghp_WrongTokenValue987654321"}});
  CHECK(wrong.exit_code != 0);
  CHECK((wrong.out + wrong.err).find("ghp_WrongTokenValue987654321") == std::string::npos);
}
