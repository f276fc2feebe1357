// The commit metadata recorded with a deployment: flags win, git in the working directory
// fills the rest (a real repository in a temp dir), messages are cut on a character boundary.
#include "targets/cloudflare_pages/deploy/commit_info.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::TempDir;
using raxol::test::ghp::git;

namespace {

// The real process runner with every command run in `dir` (resolve_commit_info asks git in
// the working directory).
class RunIn : public ProcessRunner {
 public:
  explicit RunIn(std::filesystem::path dir) : dir_(std::move(dir)) {}
  Result<ProcessResult> run(const ProcessSpec& spec) override {
    ProcessSpec moved = spec;
    moved.cwd = dir_;
    commands.push_back(spec.argv.size() > 1 ? spec.argv[1] : "");
    return runner_->run(moved);
  }
  std::vector<std::string> commands;

 private:
  std::filesystem::path dir_;
  std::unique_ptr<ProcessRunner> runner_ = make_posix_process_runner();
};

// A work tree with one commit whose message is `message`; returns its hash.
std::string repository(const std::filesystem::path& dir, const std::string& message) {
  git({"init", "--quiet", "--initial-branch=main", dir.string()});
  test::write_file(dir / "index.html", "hi");
  git({"-C", dir.string(), "add", "index.html"});
  git({"-C", dir.string(), "-c", "user.name=T", "-c", "user.email=t@example.org", "commit",
       "--quiet", "-m", message});
  return git({"-C", dir.string(), "rev-parse", "HEAD"});
}

}  // namespace

TEST_CASE("pages commit messages are cut to 384 bytes on a character boundary", "[pages]") {
  CHECK(truncate_utf8("short", 384) == "short");
  std::string text = std::string(383, 'a') + "\xC3\xA9";  // 385 bytes, é straddles the cut
  CHECK(truncate_utf8(text, 384) == std::string(383, 'a'));
  CHECK(truncate_utf8(std::string(400, 'b'), 384).size() == 384);
}

TEST_CASE("pages commit info: flags win and git is not asked when they say everything",
          "[pages]") {
  TempDir dir;
  repository(dir.path(), "from git");
  RunIn processes(dir.path());
  auto info = resolve_commit_info(test::cfp::deploy_request({{"commit-hash", "abc"},
                                                             {"commit-message", "flagged"},
                                                             {"commit-dirty", "true"}}),
                                  processes);
  CHECK(info.hash == "abc");
  CHECK(info.message == "flagged");
  CHECK(info.dirty == std::optional<bool>(true));
  CHECK(processes.commands.empty());
}

TEST_CASE("pages commit info: git fills in what the flags leave out", "[pages]") {
  TempDir dir;
  const std::string head = repository(dir.path(), "Add the home page\n\nWith a body.");
  RunIn processes(dir.path());
  auto clean = resolve_commit_info(test::cfp::deploy_request(), processes);
  CHECK(clean.hash == head);
  CHECK(clean.message == "Add the home page\n\nWith a body.");
  CHECK(clean.dirty == std::optional<bool>(false));

  test::write_file(dir / "new.html", "untracked");
  auto dirty = resolve_commit_info(test::cfp::deploy_request({{"commit-hash", "f00"}}), processes);
  CHECK(dirty.hash == "f00");
  CHECK(dirty.message.empty());  // the flag's commit is not in this repository: no message
  CHECK(dirty.dirty == std::optional<bool>(true));

  auto told = resolve_commit_info(test::cfp::deploy_request({{"commit-dirty", "false"}}),
                                  processes);
  CHECK(told.dirty == std::optional<bool>(false));
  CHECK(told.hash == head);
}

TEST_CASE("pages commit info: outside a work tree nothing is filled in - long messages are cut",
          "[pages]") {
  TempDir dir;
  RunIn processes(dir.path());
  auto none = resolve_commit_info(test::cfp::deploy_request(), processes);
  CHECK(none.hash.empty());
  CHECK(none.message.empty());
  CHECK_FALSE(none.dirty.has_value());

  TempDir repo;
  std::string message = std::string(380, 'x') + "\xE2\x82\xAC\xE2\x82\xAC";  // 386 bytes
  repository(repo.path(), message);
  RunIn in_repo(repo.path());
  auto cut = resolve_commit_info(test::cfp::deploy_request(), in_repo);
  CHECK(cut.message == std::string(380, 'x') + "\xE2\x82\xAC");  // the second one is cut whole
  CHECK(cut.message.size() <= kMaxCommitMessageBytes);
}
