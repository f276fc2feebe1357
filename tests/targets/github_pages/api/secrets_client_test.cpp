// Actions repository secrets over REST against the GitHub emulator: the public key, a sealed
// value stored (created, then updated) and opened again with the emulator's private key,
// listing, removal, and refusals (a stale key id, a token without the permission).
#include "targets/github_pages/api/secrets_client.h"

#include <sodium.h>

#include <catch2/catch.hpp>

#include "targets/github_pages/api/github_endpoints.h"
#include "targets/github_pages/pages_test_support.h"
#include "targets/github_pages/secrets/seal.h"
#include "util/base64.h"

using namespace raxol;
using namespace raxol::github_pages;
using namespace raxol::test::ghp;

namespace {
// What the emulator stored for `name`, opened with its key pair.
std::string opened(GitHubWorld& world, const std::string& name) {
  auto stored = world.github().box.fly_call(
      "GET", "/__sandbox/github/repos/octo/site/actions/secrets/" + name);
  REQUIRE(stored.status == 200);
  auto json = nlohmann::json::parse(stored.body);
  auto sealed = base64_decode(json["encrypted_value"].get<std::string>()).value();
  auto public_key = base64_decode(json["key"].get<std::string>()).value();
  auto private_key = base64_decode(json["private_key"].get<std::string>()).value();
  std::string plain(sealed.size() - crypto_box_SEALBYTES, '\0');
  REQUIRE(crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                               reinterpret_cast<const unsigned char*>(sealed.data()), sealed.size(),
                               reinterpret_cast<const unsigned char*>(public_key.data()),
                               reinterpret_cast<const unsigned char*>(private_key.data())) == 0);
  return plain;
}
}  // namespace

TEST_CASE("gh-pages secrets REST: sealed values stored - listed - updated and removed",
          "[gh-pages][secrets]") {
  GitHubWorld world;
  world.seed("octo/site", "main", {{"a", "1"}});
  ActionsSecretsClient client(world.http(), endpoints_from_environment(world.env()), "octo", "site");
  auto key = client.public_key();
  REQUIRE(key.ok());
  CHECK_FALSE(key->key_id.empty());
  CHECK(base64_decode(key->key).value().size() == crypto_box_PUBLICKEYBYTES);

  auto sealed = seal_secret("first value", key->key);
  REQUIRE(sealed.ok());
  CHECK(client.put_secret("API_KEY", *sealed, key->key_id).value() == true);  // created
  CHECK(opened(world, "API_KEY") == "first value");
  CHECK(client.put_secret("API_KEY", seal_secret("second", key->key).value(), key->key_id).value() ==
        false);  // updated
  CHECK(opened(world, "API_KEY") == "second");
  REQUIRE(client.put_secret("OTHER", *sealed, key->key_id).ok());

  auto listed = client.list_secrets();
  REQUIRE(listed.ok());
  REQUIRE(listed->size() == 2);
  CHECK((*listed)[0].name == "API_KEY");
  CHECK_FALSE((*listed)[0].updated_at.empty());

  REQUIRE(client.delete_secret("OTHER").ok());
  CHECK(client.list_secrets().value().size() == 1);
  auto gone = client.delete_secret("OTHER");
  REQUIRE_FALSE(gone.ok());
  CHECK(gone.error().message == "no secret OTHER in octo/site (HTTP 404)");
}

TEST_CASE("gh-pages secrets REST: a stale key id and a token without the permission are refused",
          "[gh-pages][secrets]") {
  GitHubWorld world(nlohmann::json{{"github", {{"tokens", {{"sandbox-github-token", "sandbox-user"},
                                             {"limited-token", "limited"}}},
                                 {"tokens_without_secrets", {"limited-token"}}}}});
  world.seed("octo/site", "main", {{"a", "1"}});
  ActionsSecretsClient client(world.http(), endpoints_from_environment(world.env()), "octo", "site");
  auto key = client.public_key();
  REQUIRE(key.ok());
  auto stale = client.put_secret("API_KEY", seal_secret("v", key->key).value(), "not-the-key-id");
  REQUIRE_FALSE(stale.ok());
  CHECK(stale.error().http_status == 422);
  CHECK(stale.error().message.find("set secret API_KEY (octo/site): HTTP 422") != std::string::npos);

  GitHubEndpoints limited = endpoints_from_environment(world.env());
  limited.token = "limited-token";
  ActionsSecretsClient forbidden(world.http(), limited, "octo", "site");
  auto refused = forbidden.public_key();
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().http_status == 403);
  CHECK(refused.error().notes.size() >= 1);

  ActionsSecretsClient missing(world.http(), endpoints_from_environment(world.env()), "octo", "none");
  CHECK(missing.public_key().error().kind == ErrorKind::not_found);
}
