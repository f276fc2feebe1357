// The Actions secrets routes of the GitHub emulator over real HTTP: GitHub's paths, fields and
// codes, one key pair per repository, only values sealed to the current key accepted, and only the
// sealed value stored.
#include <catch2/catch.hpp>

#include "sandbox/github/secrets_test_support.h"
#include "support/sandbox_fixture.h"
#include "targets/github_pages/pages_test_support.h"
#include "targets/github_pages/secrets/seal.h"

using namespace raxol;
using namespace raxol::test;
using namespace raxol::test::ghp;
using nlohmann::json;

namespace {

struct SecretsBox {
  SandboxFixture box{
      {{"github",
        {{"tokens", {{"sandbox-github-token", "sandbox-user"}, {"pages-only-token", "pages-bot"}}},
         {"tokens_without_secrets", {"pages-only-token"}}}}}};
  std::unique_ptr<HttpClient> http = make_curl_http_client(CurlOptions{"raxol-test", false});
  const std::string base = "/repos/octo/site/actions/secrets";

  SecretsBox() {
    git({"init", "--quiet", "--bare", "--initial-branch=main",
         (box.state_dir() / "github" / "repos" / "octo" / "site.git").string()});
  }
  HttpResponse call(const std::string& method, const std::string& path, const json& body = nullptr,
                    const std::string& token = "sandbox-github-token") {
    HttpRequest request(method, box.env().at("GITHUB_API_URL") + path);
    if (!token.empty()) request.headers.emplace_back("Authorization", "Bearer " + token);
    if (!body.is_null()) request.body = body.dump();
    auto response = http->send(request);
    REQUIRE(response.ok());
    return *response;
  }
  json key() {
    auto response = call("GET", base + "/public-key");
    REQUIRE(response.status == 200);
    return json::parse(response.body);
  }
  json sealed(const std::string& value, const json& key) {
    auto box_value = github_pages::seal_secret(value, key["key"].get<std::string>());
    REQUIRE(box_value.ok());
    return {{"encrypted_value", *box_value}, {"key_id", key["key_id"]}};
  }
  json stored(const std::string& name) {
    HttpRequest request("GET", box.sandbox().base_url() +
                                   "/__sandbox/github/repos/octo/site/actions/secrets/" + name);
    auto response = http->send(request);
    REQUIRE(response.ok());
    REQUIRE(response->status == 200);
    return json::parse(response->body);
  }
};

}  // namespace

TEST_CASE("github emulator secrets: one key per repository, 201 then 204, sealed value stored",
          "[sandbox][github][secrets]") {
  SecretsBox gh;
  json key = gh.key();
  CHECK(key["key_id"].get<std::string>().size() >= 10);
  CHECK(from_base64(key["key"].get<std::string>()).size() == crypto_box_PUBLICKEYBYTES);
  CHECK(gh.key() == key);  // kept in the state file, not made per request

  auto created = gh.call("PUT", gh.base + "/DEPLOY_KEY", gh.sealed("first value", key));
  CHECK(created.status == 201);
  auto updated = gh.call("PUT", gh.base + "/DEPLOY_KEY", gh.sealed("second value", key));
  CHECK(updated.status == 204);

  json stored = gh.stored("DEPLOY_KEY");
  CHECK(stored["key_id"] == key["key_id"]);
  CHECK(open_stored_secret(stored) == std::optional<std::string>("second value"));
  // Only the sealed value is on disk. The file is saved write-behind: another reader of it
  // (as another process would) waits for the save under the file lock.
  const std::string sealed_value = stored["encrypted_value"];
  raxol::sandbox::StateFile(gh.box.state_dir() / "github-secrets.json", json::object())
      .read([](const json&) {});
  const std::string state = read_file(gh.box.state_dir() / "github-secrets.json");
  CHECK(state.find(sealed_value) != std::string::npos);
  CHECK(state.find("second value") == std::string::npos);

  // Names are case-insensitive: a lower-case PUT updates the same secret.
  CHECK(gh.call("PUT", gh.base + "/deploy_key", gh.sealed("third", key)).status == 204);
  auto one = gh.call("GET", gh.base + "/deploy_key");
  REQUIRE(one.status == 200);
  auto secret = json::parse(one.body);
  CHECK(secret["name"] == "DEPLOY_KEY");
  CHECK(secret.contains("created_at"));
  CHECK(secret.contains("updated_at"));
  CHECK_FALSE(secret.contains("encrypted_value"));
}

TEST_CASE("github emulator secrets: 422 for a stale key_id, an unsealed value, a bad name",
          "[sandbox][github][secrets]") {
  SecretsBox gh;
  json key = gh.key();
  json body = gh.sealed("value", key);
  body["key_id"] = "1234";
  auto stale = gh.call("PUT", gh.base + "/TOKEN_A", body);
  CHECK(stale.status == 422);
  CHECK(json::parse(stale.body).contains("documentation_url"));

  // Sealed to another repository's key: GitHub cannot open it.
  git({"init", "--quiet", "--bare",
       (gh.box.state_dir() / "github" / "repos" / "octo" / "other.git").string()});
  auto other = json::parse(gh.call("GET", "/repos/octo/other/actions/secrets/public-key").body);
  CHECK(other["key"] != key["key"]);
  json foreign = gh.sealed("value", other);
  foreign["key_id"] = key["key_id"];
  CHECK(gh.call("PUT", gh.base + "/TOKEN_A", foreign).status == 422);
  CHECK(gh.call("PUT", gh.base + "/TOKEN_A",
                {{"encrypted_value", "bm90IHNlYWxlZA=="}, {"key_id", key["key_id"]}})
            .status == 422);
  auto missing = gh.call("PUT", gh.base + "/TOKEN_A", {{"encrypted_value", "x"}});
  CHECK(missing.status == 422);
  CHECK(json::parse(missing.body)["message"].get<std::string>().find("key_id") !=
        std::string::npos);
  for (const std::string name : {"GITHUB_TOKEN", "github_x", "1ABC", "A-B"})
    CHECK(gh.call("PUT", gh.base + "/" + name, gh.sealed("value", key)).status == 422);
  CHECK(gh.call("PUT", gh.base + "/TOKEN_A", json::array()).status == 400);
  CHECK(gh.call("PUT", gh.base + "/TOKEN_A").status == 400);  // no body at all
  CHECK(gh.call("GET", gh.base + "?per_page=many").status == 400);
  // Nothing was stored by any of those.
  auto list = json::parse(gh.call("GET", gh.base).body);
  CHECK(list["total_count"] == 0);
  CHECK(list["secrets"] == json::array());
}

TEST_CASE("github emulator secrets: list pages, delete 204 then 404, 401/403/404",
          "[sandbox][github][secrets]") {
  SecretsBox gh;
  json key = gh.key();
  for (const std::string name : {"C_ONE", "A_ONE", "B_ONE"})
    REQUIRE(gh.call("PUT", gh.base + "/" + name, gh.sealed("v-" + name, key)).status == 201);
  auto all = json::parse(gh.call("GET", gh.base).body);
  CHECK(all["total_count"] == 3);
  REQUIRE(all["secrets"].size() == 3);
  CHECK(all["secrets"][0]["name"] == "A_ONE");
  CHECK(all["secrets"][2]["name"] == "C_ONE");
  auto second_page = json::parse(gh.call("GET", gh.base + "?per_page=2&page=2").body);
  CHECK(second_page["total_count"] == 3);
  REQUIRE(second_page["secrets"].size() == 1);
  CHECK(second_page["secrets"][0]["name"] == "C_ONE");

  CHECK(gh.call("DELETE", gh.base + "/B_ONE").status == 204);
  CHECK(gh.call("DELETE", gh.base + "/B_ONE").status == 404);
  CHECK(gh.call("GET", gh.base + "/B_ONE").status == 404);
  CHECK(json::parse(gh.call("GET", gh.base).body)["total_count"] == 2);

  CHECK(gh.call("GET", gh.base, nullptr, "").status == 401);
  auto bad = gh.call("GET", gh.base, nullptr, "wrong-token");
  CHECK(bad.status == 401);
  CHECK(json::parse(bad.body)["message"] == "Bad credentials");
  auto forbidden = gh.call("GET", gh.base + "/public-key", nullptr, "pages-only-token");
  CHECK(forbidden.status == 403);
  CHECK(json::parse(forbidden.body)["message"] ==
        "Resource not accessible by personal access token");
  CHECK(gh.call("GET", "/repos/octo/nothing-here/actions/secrets/public-key").status == 404);
}
