// current_user: GITHUB_ACTOR, then `git config user.email` (a real git in a temp repo), then
// USER/LOGNAME, then "unknown".
#include "system/identity.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "support/fake_clock.h"
#include "support/run_binary.h"
#include "system/terminal_ui.h"

using namespace raxol;
using raxol::test::TempDir;

namespace {

// The real process runner, run in `cwd` with the user's and the system's git config hidden, so
// that only the temp repo's config counts. Records what it was asked to run.
class IsolatedGit : public ProcessRunner {
 public:
  explicit IsolatedGit(std::filesystem::path cwd) : cwd_(std::move(cwd)) {}
  Result<ProcessResult> run(const ProcessSpec& spec) override {
    runs.push_back(spec.argv);
    ProcessSpec isolated = spec;
    isolated.cwd = cwd_;
    isolated.env["GIT_CONFIG_GLOBAL"] = "/dev/null";
    isolated.env["GIT_CONFIG_NOSYSTEM"] = "1";
    isolated.env["GIT_CEILING_DIRECTORIES"] = cwd_.parent_path().string();
    return real_->run(isolated);
  }
  std::vector<std::vector<std::string>> runs;

 private:
  std::filesystem::path cwd_;
  std::unique_ptr<ProcessRunner> real_ = make_posix_process_runner();
};

// A runner that answers every command the same way.
class CannedRunner : public ProcessRunner {
 public:
  explicit CannedRunner(Result<ProcessResult> answer) : answer_(std::move(answer)) {}
  Result<ProcessResult> run(const ProcessSpec&) override { return answer_; }

 private:
  Result<ProcessResult> answer_;
};

void git(IsolatedGit& runner, std::vector<std::string> args) {
  args.insert(args.begin(), "git");
  auto result = runner.run(ProcessSpec(args));
  REQUIRE(result.ok());
  REQUIRE(result->exit_code == 0);
}

struct Services {
  OverlayEnvironment env{nullptr};
  std::unique_ptr<HttpClient> http = make_curl_http_client(CurlOptions{});
  test::FakeClock clock;
  std::unique_ptr<FileSystem> fs = make_local_filesystem();
  std::ostringstream out, err;
  std::istringstream in;
  Redactor redactor;
  TerminalUi ui{UiOptions{}, out, err, in, redactor};
  CancelToken cancel;

  std::string user(ProcessRunner& processes) {
    Context context{env, *http, clock, *fs, processes, ui, redactor, cancel, in, {}};
    return current_user(context);
  }
};

}  // namespace

TEST_CASE("identity: GITHUB_ACTOR wins over git and USER", "[system][identity]") {
  TempDir repo;
  IsolatedGit runner(repo.path());
  git(runner, {"init", "-q"});
  git(runner, {"config", "user.email", "dev@example.com"});
  runner.runs.clear();
  Services services;
  services.env.set("GITHUB_ACTOR", "octocat");
  services.env.set("USER", "alice");
  CHECK(services.user(runner) == "github:octocat");
  CHECK(runner.runs.empty());  // git is not even asked
}

TEST_CASE("identity: git's user.email of the repo, newline trimmed", "[system][identity]") {
  TempDir repo;
  IsolatedGit runner(repo.path());
  git(runner, {"init", "-q"});
  git(runner, {"config", "user.email", "dev@example.com"});
  runner.runs.clear();
  Services services;
  services.env.set("GITHUB_ACTOR", "");  // set but empty: not an actor
  services.env.set("USER", "alice");
  CHECK(services.user(runner) == "dev@example.com");
  REQUIRE(runner.runs.size() == 1);
  CHECK(runner.runs[0] == std::vector<std::string>{"git", "config", "user.email"});
}

TEST_CASE("identity: outside a repo without a git email, USER then LOGNAME", "[system][identity]") {
  TempDir plain;  // not a repository, and no global config
  IsolatedGit runner(plain.path());
  Services services;
  services.env.set("USER", "alice");
  services.env.set("LOGNAME", "alice-login");
  CHECK(services.user(runner) == "alice");
  CHECK(runner.runs.size() == 1);

  services.env.set("USER", "");
  CHECK(services.user(runner) == "alice-login");
  services.env.set("USER", std::nullopt);
  services.env.set("LOGNAME", std::nullopt);
  CHECK(services.user(runner) == "unknown");
}

TEST_CASE("identity: a git that cannot start, fails or prints nothing falls back",
          "[system][identity]") {
  Services services;
  services.env.set("USER", "alice");
  CannedRunner missing(make_error(ErrorKind::failed, "git: not found"));
  CHECK(services.user(missing) == "alice");

  ProcessResult failed;
  failed.exit_code = 1;
  failed.out = "ignored@example.com\n";
  CannedRunner non_zero(failed);
  CHECK(services.user(non_zero) == "alice");

  ProcessResult blank;
  blank.exit_code = 0;
  blank.out = "\r\n";
  CannedRunner empty(blank);
  CHECK(services.user(empty) == "alice");

  ProcessResult crlf;
  crlf.exit_code = 0;
  crlf.out = "win@example.com\r\n";
  CannedRunner windows(crlf);
  CHECK(services.user(windows) == "win@example.com");
}
