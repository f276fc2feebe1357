// The token endpoint in both shapes clients use: GET with Basic credentials (docker, buildah,
// podman, skopeo; docker login's offline_token), and the OAuth2 form containerd POSTs first
// (password and refresh_token grants); what it answers and what it refuses.
#include <catch2/catch.hpp>
#include <thread>

#include "sandbox/registry/registry_client.h"
#include "support/sandbox_fixture.h"

using namespace raxol::test;
using namespace raxol::test::registry;

namespace {

const raxol::HttpHeaders kForm = {{"Content-Type", "application/x-www-form-urlencoded"}};

// The token of an answer works as a Bearer on /v2/.
void check_token_works(RegistryClient& client, const Answer& answer) {
  INFO(answer.body);
  REQUIRE(answer.status == 200);
  CHECK(answer.document["token"] == answer.document["access_token"]);
  CHECK(answer.document["expires_in"] == 300);
  CHECK(answer.document["issued_at"].get<std::string>().back() == 'Z');
  auto ping = client.send("GET", "/v2/", "", {},
                          "Bearer " + answer.document["access_token"].get<std::string>());
  CHECK(ping.status == 200);
  CHECK(ping.document == json::object());
  CHECK(ping.header("Docker-Distribution-API-Version") == "registry/2.0");
}

}  // namespace

TEST_CASE("registry token: GET with Basic credentials as docker and skopeo send it",
          "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  const std::string query = "/token?service=" + client.host() + "&scope=repository:app:pull,push";
  auto answer = client.send("GET", query);
  check_token_works(client, answer);
  CHECK_FALSE(answer.document.contains("refresh_token"));
  // docker login asks for an offline token and keeps the refresh token it gets.
  auto login = client.send("GET", query + "&offline_token=true&client_id=docker&account=x");
  check_token_works(client, login);
  CHECK(login.document["refresh_token"].is_string());
  CHECK(login.document["refresh_token"] != login.document["token"]);

  auto anonymous = client.send("GET", query, "", {}, "");
  CHECK(anonymous.status == 401);
  CHECK(anonymous.code() == "UNAUTHORIZED");
  auto wrong = client.send("GET", query, "", {}, basic("wrong-token"));
  CHECK(wrong.status == 401);
  CHECK(wrong.body.find("wrong-token") == std::string::npos);
}

TEST_CASE("registry token: the OAuth2 form containerd posts", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  const std::string common =
      "&service=" + client.host() + "&scope=repository%3Aapp%3Apull%2Cpush&client_id=containerd";
  auto answer = client.send(
      "POST", "/token", "grant_type=password&username=x&password=" + client.fly_token() + common,
      kForm, "");
  check_token_works(client, answer);
  CHECK_FALSE(answer.document.contains("refresh_token"));

  auto offline = client.send("POST", "/token",
                             "grant_type=password&username=x&password=" + client.fly_token() +
                                 common + "&access_type=offline",
                             kForm, "");
  check_token_works(client, offline);
  const std::string refresh = offline.document["refresh_token"];
  auto refreshed = client.send(
      "POST", "/token", "grant_type=refresh_token&refresh_token=" + refresh + common, kForm, "");
  check_token_works(client, refreshed);
  CHECK(refreshed.document["token"] != offline.document["token"]);
  // An access token is not a refresh token.
  auto not_refresh = client.send("POST", "/token",
                                 "grant_type=refresh_token&refresh_token=" +
                                     offline.document["token"].get<std::string>() + common,
                                 kForm, "");
  CHECK(not_refresh.status == 401);

  auto wrong = client.send(
      "POST", "/token", "grant_type=password&username=x&password=wrong-token" + common, kForm, "");
  CHECK(wrong.status == 401);
  CHECK(wrong.code() == "UNAUTHORIZED");
  CHECK(wrong.body.find("wrong-token") == std::string::npos);
  auto grant = client.send("POST", "/token", "grant_type=client_credentials" + common, kForm, "");
  CHECK(grant.status == 400);
  CHECK(grant.code() == "UNSUPPORTED");
}

TEST_CASE("registry token: the state keeps no token", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  auto answer = client.send("GET", "/token?service=" + client.host() + "&offline_token=true");
  REQUIRE(answer.status == 200);
  // After the write-behind save (100 ms at most).
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  REQUIRE(std::filesystem::exists(box.state_dir() / "registry.json"));
  std::string state;
  // STATE/env exports the sandbox's Fly token on purpose; nothing else may hold it.
  for (const auto& entry : std::filesystem::recursive_directory_iterator(box.state_dir()))
    if (entry.is_regular_file() && entry.path().filename() != "env")
      state += read_file(entry.path());
  for (const char* field : {"token", "refresh_token"}) {
    INFO(field);
    CHECK(state.find(answer.document[field].get<std::string>()) == std::string::npos);
  }
  CHECK(state.find(client.fly_token()) == std::string::npos);
}
