// The GitHub emulator over real HTTP: the Pages REST subset with GitHub's status codes and
// envelope, and git smart HTTP through git http-backend with token checks and build creation.
#include <catch2/catch.hpp>
#include <thread>

#include "support/sandbox_fixture.h"
#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::test;
using namespace raxol::test::ghp;
using nlohmann::json;

namespace {

struct GitHubBox {
  // Certificates approved at once: pages_certificate_test.cpp walks their states.
  SandboxFixture box{{{"github", {{"build_ms", 150}, {"certificate_ms", 0}}}}};
  std::unique_ptr<HttpClient> http = make_curl_http_client(CurlOptions{"raxol-test", false});

  std::string token() { return box.env().at("GITHUB_TOKEN"); }
  HttpResponse call(const std::string& method, const std::string& path, const json& body = nullptr,
                    const std::string& token_value = "default") {
    HttpRequest request(method, box.env().at("GITHUB_API_URL") + path);
    std::string used = token_value == "default" ? token() : token_value;
    if (!used.empty()) request.headers.emplace_back("Authorization", "Bearer " + used);
    if (!body.is_null()) request.body = body.dump();
    auto response = http->send(request);
    REQUIRE(response.ok());
    return *response;
  }
  // git against the sandbox with the token in an http.extraHeader, as raxol-deploy sends it.
  ProcessResult git_with_token(const std::vector<std::string>& args, const std::string& cwd,
                               bool with_token = true) {
    ProcessSpec spec;
    spec.argv = {"git"};
    spec.argv.insert(spec.argv.end(), args.begin(), args.end());
    spec.cwd = cwd;
    spec.env = {{"GIT_TERMINAL_PROMPT", "0"}, {"GIT_ASKPASS", ""},
                {"GIT_AUTHOR_NAME", "T"},     {"GIT_AUTHOR_EMAIL", "t@example.org"},
                {"GIT_COMMITTER_NAME", "T"},  {"GIT_COMMITTER_EMAIL", "t@example.org"}};
    if (with_token) {
      spec.env["GIT_CONFIG_COUNT"] = "1";
      spec.env["GIT_CONFIG_KEY_0"] = "http.extraHeader";
      spec.env["GIT_CONFIG_VALUE_0"] = "Authorization: Bearer " + token();
    }
    auto result = make_posix_process_runner()->run(spec);
    REQUIRE(result.ok());
    return *result;
  }
  std::filesystem::path repo(const std::string& slug) {
    return box.state_dir() / "github" / "repos" / (slug + ".git");
  }
};

}  // namespace

TEST_CASE("github emulator: Pages site lifecycle with GitHub's codes", "[sandbox][github]") {
  GitHubBox gh;
  CHECK(gh.call("GET", "/repos/o/r/pages", nullptr, "").status == 401);
  auto bad = gh.call("GET", "/repos/o/r/pages", nullptr, "nope");
  CHECK(bad.status == 401);
  CHECK(json::parse(bad.body)["message"] == "Bad credentials");
  CHECK(gh.call("GET", "/repos/o/r/pages").status == 404);

  auto created = gh.call("POST", "/repos/o/r/pages", {{"source", {{"branch", "gh-pages"}}}});
  REQUIRE(created.status == 201);
  auto site = json::parse(created.body);
  CHECK(site["source"] == json{{"branch", "gh-pages"}, {"path", "/"}});
  CHECK(site["html_url"] == "https://o.github.io/r/");
  CHECK(site["build_type"] == "legacy");
  auto again = gh.call("POST", "/repos/o/r/pages", {{"source", {{"branch", "gh-pages"}}}});
  CHECK(again.status == 409);
  CHECK(json::parse(again.body).contains("documentation_url"));
  CHECK(gh.call("POST", "/repos/o/r2/pages", {{"source", {{"path", "/"}}}}).status == 422);
  CHECK(gh.call("PUT", "/repos/o/r/pages", {{"source", {{"branch", "x"}, {"path", "/src"}}}})
            .status == 422);

  CHECK(
      gh.call("PUT", "/repos/o/r/pages", {{"cname", "docs.example.org"}, {"https_enforced", true}})
          .status == 204);
  site = json::parse(gh.call("GET", "/repos/o/r/pages").body);
  CHECK(site["cname"] == "docs.example.org");
  CHECK(site["https_enforced"] == true);
  CHECK(site["html_url"] == "https://docs.example.org/");
  CHECK(site["https_certificate"]["state"] == "approved");

  CHECK(gh.call("GET", "/repos/o/r/pages/builds/latest").status == 404);
  CHECK(gh.call("GET", "/repos/o/r/unknown").status == 404);
  CHECK(gh.call("DELETE", "/repos/o/r/pages").status == 204);
  CHECK(gh.call("DELETE", "/repos/o/r/pages").status == 404);
}

TEST_CASE("github emulator: git over smart HTTP needs the token, a push builds the site",
          "[sandbox][github]") {
  GitHubBox gh;
  TempDir work;
  const std::string url = gh.box.env().at("GITHUB_SERVER_URL") + "/o/site.git";
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
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
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
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
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
  const std::string url = gh.box.env().at("GITHUB_SERVER_URL") + "/o/race.git";
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

TEST_CASE("github emulator: injected faults answer in GitHub's envelope and are logged",
          "[sandbox][github]") {
  GitHubBox gh;
  gh.box.add_fault({{"service", "github"},
                    {"path", "/api/v3/repos/*/*/pages"},
                    {"status", 503},
                    {"times", 1},
                    {"retry_after", 1}});
  auto failed = gh.call("GET", "/repos/o/r/pages");
  CHECK(failed.status == 503);
  CHECK(json::parse(failed.body).contains("documentation_url"));
  CHECK(gh.call("GET", "/repos/o/r/pages").status == 404);
  int logged = 0;
  for (const auto& entry : gh.box.sandbox().requests().entries())
    if (entry.service == "github") {
      ++logged;
      CHECK(entry.headers.value("authorization", "") == "Bearer ***");
    }
  CHECK(logged == 2);
}
