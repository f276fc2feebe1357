// Git smart HTTP of the GitHub emulator through the real git CLI: the token is required (a
// Basic challenge otherwise), pushes build the Pages site on the emulator's clock, clones read
// back, and a "concurrent publisher" makes the next push be rejected.
#include <catch2/catch.hpp>

#include "sandbox/github/github_api.h"
#include "support/fake_clock.h"
#include "targets/github_pages/pages_test_support.h"
#include "util/base64.h"

using namespace raxol;
using namespace raxol::test;
using namespace raxol::test::ghp;
using nlohmann::json;

TEST_CASE("github emulator: git over smart HTTP needs the token, a push builds the site",
          "[sandbox][github]") {
  FakeClock clock;
  GitHubBox gh(nlohmann::json::object(), &clock);
  TempDir work;
  const std::string url = gh.server_url("o/site");
  REQUIRE(gh.call("POST", "/repos/o/site/pages", {{"source", {{"branch", "gh-pages"}}}}).status ==
          201);

  auto anonymous = gh.git_with_token({"ls-remote", url}, work.path().string(), false);
  CHECK(anonymous.exit_code != 0);
  bool challenged = false;
  for (const auto& entry : gh.box.sandbox().requests().entries())
    if (entry.service == "github" && entry.status == 401) challenged = true;
  CHECK(challenged);

  git({"init", "--quiet", "-b", "gh-pages", (work / "src").string()});
  write_file(work / "src" / "index.html", "hello");
  REQUIRE(gh.git_with_token({"add", "."}, (work / "src").string()).exit_code == 0);
  REQUIRE(gh.git_with_token({"commit", "-q", "-m", "one"}, (work / "src").string()).exit_code == 0);
  auto pushed = gh.git_with_token({"push", "-q", url, "gh-pages"}, (work / "src").string());
  INFO(pushed.err);
  REQUIRE(pushed.exit_code == 0);
  std::string head = git({"rev-parse", "HEAD"}, (work / "src" / ".git"));
  CHECK(git({"rev-parse", "gh-pages"}, gh.repo("o/site")) == head);

  auto latest = json::parse(gh.call("GET", "/repos/o/site/pages/builds/latest").body);
  CHECK(latest["commit"] == head);
  CHECK((latest["status"] == "queued" || latest["status"] == "building"));
  CHECK(latest["pusher"]["login"] == "sandbox-user");
  clock.advance(std::chrono::milliseconds(150));  // build_ms
  latest = json::parse(gh.call("GET", "/repos/o/site/pages/builds/latest").body);
  CHECK(latest["status"] == "built");
  auto builds = json::parse(gh.call("GET", "/repos/o/site/pages/builds").body);
  REQUIRE(builds.size() == 1);
  CHECK(gh.call("GET",
                latest["url"].get<std::string>().substr(gh.box.env().at("GITHUB_API_URL").size()))
            .status == 200);

  // A rebuild on request, then a failing build, then a clone back through upload-pack.
  REQUIRE(gh.call("POST", "/repos/o/site/pages/builds").status == 201);
  CHECK(json::parse(gh.call("GET", "/repos/o/site/pages/builds").body).size() == 2);
  gh.box.patch_settings({{"github", {{"build_error", "Page build failed: bad _config.yml"}}}});
  write_file(work / "src" / "index.html", "hello again");
  REQUIRE(gh.git_with_token({"commit", "-qam", "two"}, (work / "src").string()).exit_code == 0);
  REQUIRE(gh.git_with_token({"push", "-q", url, "gh-pages"}, (work / "src").string()).exit_code ==
          0);
  clock.advance(std::chrono::milliseconds(150));
  latest = json::parse(gh.call("GET", "/repos/o/site/pages/builds/latest").body);
  CHECK(latest["status"] == "errored");
  CHECK(latest["error"]["message"] == "Page build failed: bad _config.yml");

  auto cloned =
      gh.git_with_token({"clone", "-q", "-b", "gh-pages", url, "copy"}, work.path().string());
  INFO(cloned.err);
  CHECK(cloned.exit_code == 0);
  CHECK(read_file(work / "copy" / "index.html") == "hello again");
}

TEST_CASE("github emulator: a concurrent publisher makes the next push be rejected",
          "[sandbox][github]") {
  GitHubBox gh;
  TempDir work;
  const std::string url = gh.server_url("o/race");
  git({"init", "--quiet", "-b", "gh-pages", (work / "src").string()});
  write_file(work / "src" / "a.html", "a");
  gh.git_with_token({"add", "."}, (work / "src").string());
  gh.git_with_token({"commit", "-q", "-m", "a"}, (work / "src").string());
  gh.box.patch_settings({{"github", {{"concurrent_pushes", 1}}}});
  auto rejected = gh.git_with_token({"push", url, "gh-pages"}, (work / "src").string());
  CHECK(rejected.exit_code != 0);
  CHECK(rejected.err.find("rejected") != std::string::npos);
  auto files = branch_files(gh.repo("o/race"), "gh-pages");
  REQUIRE(files.size() == 1);
  CHECK(files.begin()->first.rfind("concurrent/", 0) == 0);
  // The knob is used up: the next push only fails because it is not a fast-forward.
  auto forced =
      gh.git_with_token({"push", "-q", "--force", url, "gh-pages"}, (work / "src").string());
  CHECK(forced.exit_code == 0);
}

TEST_CASE("github emulator: git's 401 challenge, and repositories made on first use",
          "[sandbox][github]") {
  GitHubBox gh;
  HttpRequest refs("GET", gh.server_url("o/fresh") + "/info/refs?service=git-upload-pack");
  auto anonymous = gh.http->send(refs);
  REQUIRE(anonymous.ok());
  CHECK(anonymous->status == 401);
  CHECK(anonymous->header("WWW-Authenticate") == "Basic realm=\"GitHub\"");
  CHECK(anonymous->body == "Authentication failed\n");
  CHECK_FALSE(std::filesystem::exists(gh.repo("o/fresh")));
  // Basic credentials whose password is the token, as git's credential helpers send them.
  refs.headers = {{"Authorization", "Basic " + base64_encode("x-access-token:" + gh.token())}};
  auto listed = gh.http->send(refs);
  REQUIRE(listed.ok());
  CHECK(listed->status == 200);
  CHECK(listed->header("Content-Type") == "application/x-git-upload-pack-advertisement");
  CHECK(std::filesystem::exists(gh.repo("o/fresh") / "HEAD"));
  refs.headers = {{"Authorization", "Basic " + base64_encode("x-access-token:wrong")}};
  CHECK(gh.http->send(refs)->status == 401);
  // A fault on git paths is answered before git runs, in GitHub's envelope.
  gh.box.add_fault({{"service", "github"}, {"path", "/o/*.git/**"}, {"status", 500}, {"times", 1}});
  refs.headers = {{"Authorization", "Bearer " + gh.token()}};
  auto faulted = gh.http->send(refs);
  REQUIRE(faulted.ok());
  CHECK(faulted->status == 500);
  CHECK(json::parse(faulted->body)["message"] == "injected fault (sandbox)");
}
