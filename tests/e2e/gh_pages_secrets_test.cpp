// GitHub Actions repository secrets through the real binary: `secrets set|list|unset gh-pages`
// seal each value to the repository's key; the test opens what the emulator stored with the
// repository's private key. Values never appear in output, logs or files; staging and
// `secrets deploy` are refused; a failing public-key fetch names the status and GitHub's words.
#include <catch2/catch.hpp>

#include "sandbox/github/secrets_test_support.h"
#include "targets/github_pages/pages_e2e_support.h"

using namespace raxol;
using namespace raxol::test;
using namespace raxol::test::ghp;
using nlohmann::json;

namespace {

const std::string kArgValue = "argv-Secret-Value-0123456789";
const std::string kStdinValue = "stdin-Secret-Value-9876543210";

struct SecretsProject {
  SandboxFixture box{fast_github()};
  GhPagesProject project{"octo/site", "", {{"index.html", "hi"}}};
  std::unique_ptr<HttpClient> http = make_curl_http_client(CurlOptions{"raxol-test", false});

  SecretsProject() { create_sandbox_repo(box, "octo/site"); }
  BinaryResult run(std::vector<std::string> args, const std::string& stdin_data = {}) {
    args.insert(args.begin(), {"-C", project.dir.path().string()});
    return run_binary(args, box.env(), {}, stdin_data);
  }
  // What the emulator stored for `name` (sealed value and key pair); null when none.
  json stored(const std::string& name) {
    HttpRequest request("GET", box.sandbox().base_url() +
                                   "/__sandbox/github/repos/octo/site/actions/secrets/" + name);
    auto response = http->send(request);
    REQUIRE(response.ok());
    return response->status == 200 ? json::parse(response->body) : json();
  }
  size_t api_requests(const std::string& method) {
    size_t n = 0;
    for (const auto& entry : box.sandbox().requests().entries())
      if (entry.method == method && entry.path.find("/actions/secrets") != std::string::npos) ++n;
    return n;
  }
};

// Every byte of every file under `dir`.
std::string all_files(const std::filesystem::path& dir) {
  std::string text;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) text += read_file(entry.path());
  return text;
}

}  // namespace

TEST_CASE("gh-pages e2e: secrets set, list and unset - the stored value opens to what was set",
          "[e2e][gh-pages][secrets]") {
  SecretsProject p;
  auto set =
      p.run({"--json", "secrets", "set", "gh-pages", "DEPLOY_KEY=" + kArgValue, "API_TOKEN=-"},
            kStdinValue + "\n");
  INFO(set.err);
  REQUIRE(set.exit_code == 0);
  auto outcome = json::parse(set.out);
  CHECK(outcome["applied"] == "stored");
  CHECK(outcome["names"] == json::array({"API_TOKEN", "DEPLOY_KEY"}));
  CHECK(outcome["details"]["created"] == json::array({"API_TOKEN", "DEPLOY_KEY"}));
  CHECK(outcome["details"]["repository"] == "octo/site");

  CHECK(open_stored_secret(p.stored("DEPLOY_KEY")) == std::optional<std::string>(kArgValue));
  CHECK(open_stored_secret(p.stored("API_TOKEN")) == std::optional<std::string>(kStdinValue));

  auto again = p.run({"--json", "secrets", "set", "gh-pages", "DEPLOY_KEY=changed-Value-42"});
  REQUIRE(again.exit_code == 0);
  CHECK(json::parse(again.out)["details"]["updated"] == json::array({"DEPLOY_KEY"}));
  CHECK(open_stored_secret(p.stored("DEPLOY_KEY")) ==
        std::optional<std::string>("changed-Value-42"));

  auto list = p.run({"--json", "secrets", "list", "gh-pages"});
  REQUIRE(list.exit_code == 0);
  auto secrets = json::parse(list.out)["secrets"];
  REQUIRE(secrets.size() == 2);
  CHECK(secrets[0]["name"] == "API_TOKEN");
  CHECK(secrets[1]["name"] == "DEPLOY_KEY");
  for (const auto& secret : secrets) {
    CHECK(secret["scope"] == "repository");
    CHECK(secret["status"] == "");
    CHECK_FALSE(secret["updated_at"].get<std::string>().empty());
  }
  auto table = p.run({"secrets", "list", "gh-pages"});
  REQUIRE(table.exit_code == 0);
  CHECK(table.out.find("DEPLOY_KEY") != std::string::npos);

  auto unset = p.run({"secrets", "unset", "gh-pages", "DEPLOY_KEY", "--yes"});
  INFO(unset.err);
  REQUIRE(unset.exit_code == 0);
  CHECK(p.stored("DEPLOY_KEY").is_null());
  CHECK_FALSE(p.stored("API_TOKEN").is_null());
  // A name that is not there: nothing is removed, and the error says which.
  auto missing = p.run({"secrets", "unset", "gh-pages", "API_TOKEN", "NOPE", "--yes"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("no secret NOPE in octo/site") != std::string::npos);
  CHECK_FALSE(p.stored("API_TOKEN").is_null());

  // No value anywhere: output, request log, sandbox state, project files (audit trail included).
  std::string everything = set.out + set.err + again.out + again.err + list.out + list.err +
                           table.out + table.err + unset.out + unset.err + missing.out +
                           missing.err + all_files(p.box.state_dir()) +
                           all_files(p.project.dir.path());
  for (const std::string& value : {kArgValue, kStdinValue, std::string("changed-Value-42")})
    CHECK(everything.find(value) == std::string::npos);
}

TEST_CASE("gh-pages e2e: --stage, --env, secrets deploy and GITHUB_ names are refused",
          "[e2e][gh-pages][secrets]") {
  SecretsProject p;
  auto staged = p.run({"secrets", "set", "gh-pages", "A_KEY=value-1234", "--stage"});
  CHECK(staged.exit_code == 2);
  CHECK(staged.err.find("--stage does not apply to github-pages") != std::string::npos);
  auto scoped = p.run({"secrets", "set", "gh-pages", "A_KEY=value-1234", "--env", "preview"});
  CHECK(scoped.exit_code == 2);
  auto reserved = p.run({"secrets", "set", "gh-pages", "GITHUB_THING=value-1234"});
  CHECK(reserved.exit_code == 2);
  CHECK(reserved.err.find("GITHUB_") != std::string::npos);
  auto deploy = p.run({"secrets", "deploy", "gh-pages"});
  CHECK(deploy.exit_code == 1);
  CHECK(deploy.err.find("does not apply to github-pages") != std::string::npos);
  CHECK(p.api_requests("GET") == 0);  // refused before any request
  CHECK(p.api_requests("PUT") == 0);
}

TEST_CASE("gh-pages e2e: a public-key fetch failing with 500 names the status and message",
          "[e2e][gh-pages][secrets]") {
  SecretsProject p;
  p.box.add_fault({{"service", "github"},
                   {"method", "GET"},
                   {"path", "/api/v3/repos/*/*/actions/secrets/public-key"},
                   {"status", 500},
                   {"retry_after", "0"}});
  auto failed = p.run({"--json", "secrets", "set", "gh-pages", "A_KEY=value-1234"});
  CHECK(failed.exit_code == 1);
  auto error = json::parse(failed.out)["error"];
  CHECK(error["http_status"] == 500);
  CHECK(error["message"] ==
        "GitHub API: read the repository's public key for secrets (octo/site): HTTP 500: "
        "injected fault "
        "(sandbox)");
  CHECK(p.api_requests("GET") == 5);  // retried as a transient error, then given up
  CHECK(p.api_requests("PUT") == 0);
  CHECK((failed.out + failed.err).find("value-1234") == std::string::npos);
}
