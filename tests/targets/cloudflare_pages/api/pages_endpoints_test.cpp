// Where the Cloudflare API lives and which credentials are sent, from the variables wrangler
// reads: the CF_* aliases, the legacy key pair winning over a token, the account setting over
// the variable, and no credentials an auth error that says what to set.
#include "targets/cloudflare_pages/api/pages_endpoints.h"

#include <catch2/catch.hpp>

using namespace raxol;
using namespace raxol::cloudflare_pages;

namespace {
OverlayEnvironment env_of(const std::map<std::string, std::string>& variables) {
  OverlayEnvironment env(nullptr);
  for (const auto& [name, value] : variables) env.set(name, value);
  return env;
}
}  // namespace

TEST_CASE("pages endpoints: defaults - aliases and the account setting", "[pages][endpoints]") {
  auto plain = endpoints_from_environment(env_of({{"CLOUDFLARE_API_TOKEN", "tok"}}), "");
  REQUIRE(plain.ok());
  CHECK(plain->api_base == "https://api.cloudflare.com/client/v4");
  CHECK(plain->token == "tok");
  CHECK(plain->api_key.empty());
  CHECK(plain->account_id.empty());

  auto aliased = endpoints_from_environment(
      env_of({{"CF_API_TOKEN", "t2"}, {"CF_API_BASE_URL", "http://127.0.0.1:9/client/v4//"},
              {"CF_ACCOUNT_ID", "from-env"}}),
      "");
  REQUIRE(aliased.ok());
  CHECK(aliased->token == "t2");
  CHECK(aliased->api_base == "http://127.0.0.1:9/client/v4");  // trailing slashes dropped
  CHECK(aliased->account_id == "from-env");

  auto setting = endpoints_from_environment(
      env_of({{"CLOUDFLARE_API_TOKEN", "t"}, {"CLOUDFLARE_ACCOUNT_ID", "from-env"}}), "set");
  REQUIRE(setting.ok());
  CHECK(setting->account_id == "set");

  // CLOUDFLARE_* wins over CF_*.
  auto both = endpoints_from_environment(
      env_of({{"CLOUDFLARE_API_TOKEN", "long"}, {"CF_API_TOKEN", "short"}}), "");
  REQUIRE(both.ok());
  CHECK(both->token == "long");
}

TEST_CASE("pages endpoints: the key pair wins over a token - half a pair does not count",
          "[pages][endpoints]") {
  auto pair = endpoints_from_environment(
      env_of({{"CLOUDFLARE_API_TOKEN", "tok"}, {"CLOUDFLARE_API_KEY", "key"},
              {"CLOUDFLARE_EMAIL", "me@example.org"}}),
      "");
  REQUIRE(pair.ok());
  CHECK(pair->api_key == "key");
  CHECK(pair->email == "me@example.org");
  CHECK(pair->token.empty());

  auto half = endpoints_from_environment(
      env_of({{"CLOUDFLARE_API_TOKEN", "tok"}, {"CF_API_KEY", "key"}}), "");
  REQUIRE(half.ok());
  CHECK(half->token == "tok");
  CHECK(half->api_key.empty());
}

TEST_CASE("pages endpoints: no credentials is an auth error naming the variables",
          "[pages][endpoints]") {
  for (const auto& variables : std::vector<std::map<std::string, std::string>>{
           {}, {{"CLOUDFLARE_API_TOKEN", ""}}, {{"CLOUDFLARE_API_KEY", "key-only"}}}) {
    auto missing = endpoints_from_environment(env_of(variables), "acc");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::auth);
    CHECK(missing.error().message.find("CLOUDFLARE_API_TOKEN") != std::string::npos);
    CHECK(missing.error().message.find("key-only") == std::string::npos);
    REQUIRE(missing.error().notes.size() == 2);
    CHECK(missing.error().notes[1].find("--sandbox") != std::string::npos);
  }
}
