// Actions secrets through their API: GitHub's name rule, one key pair per repository made once,
// values accepted only when sealed to the current key, names case-insensitive, listing sorted,
// removal, and the dates GitHub shows.
#include "sandbox/github/actions_secrets.h"

#include <sodium.h>

#include <catch2/catch.hpp>

#include "support/run_binary.h"
#include "targets/github_pages/secrets/seal.h"

using namespace raxol::sandbox::github;

namespace {
std::string sealed(const std::string& value, const RepositoryKey& key) {
  auto box = raxol::github_pages::seal_secret(value, key.public_key);
  REQUIRE(box.ok());
  return *box;
}
}  // namespace

TEST_CASE("github secrets: names as GitHub allows them", "[sandbox][github][secrets]") {
  for (const std::string good : {"DEPLOY_KEY", "_x", "a1", "GIT_HUB"})
    CHECK(valid_actions_secret_name(good));
  for (const std::string bad : {"", "1ABC", "A-B", "GITHUB_TOKEN", "github_x", "Github_ok", "A B"})
    CHECK_FALSE(valid_actions_secret_name(bad));
}

TEST_CASE("github secrets: keys, sealed values, case-insensitive names",
          "[sandbox][github][secrets]") {
  raxol::test::TempDir dir;
  ActionsSecrets secrets(dir / "github-secrets.json");
  const RepositoryKey key = secrets.key("o/r");
  CHECK(key.key_id.size() == 18);
  CHECK(key.key_id.find_first_not_of("0123456789") == std::string::npos);
  CHECK(secrets.key("o/r").public_key == key.public_key);  // made once
  CHECK(secrets.key("o/other").public_key != key.public_key);

  CHECK(secrets.put("o/r", "deploy_key", sealed("v1", key), "123", 1000) == PutSecret::wrong_key);
  CHECK(secrets.put("o/r", "deploy_key", "bm90IHNlYWxlZA==", key.key_id, 1000) ==
        PutSecret::unreadable_value);
  CHECK(secrets.put("o/r", "deploy_key", sealed("v1", secrets.key("o/other")), key.key_id, 1000) ==
        PutSecret::unreadable_value);
  CHECK(secrets.list("o/r").empty());
  CHECK(secrets.put("o/r", "deploy_key", sealed("v1", key), key.key_id, 1000) ==
        PutSecret::created);
  CHECK(secrets.put("o/r", "DEPLOY_KEY", sealed("v2", key), key.key_id, 2000) ==
        PutSecret::updated);
  CHECK(secrets.put("o/r", "A_FIRST", sealed("a", key), key.key_id, 3000) == PutSecret::created);

  auto stored = secrets.get("o/r", "Deploy_Key");
  REQUIRE(stored);
  CHECK(stored->name == "DEPLOY_KEY");
  CHECK(stored->created_ms == 1000);
  CHECK(stored->updated_ms == 2000);
  CHECK(secret_json(*stored) == nlohmann::json{{"name", "DEPLOY_KEY"},
                                               {"created_at", "1970-01-01T00:00:01Z"},
                                               {"updated_at", "1970-01-01T00:00:02Z"}});
  auto list = secrets.list("o/r");
  REQUIRE(list.size() == 2);
  CHECK(list[0].name == "A_FIRST");
  CHECK(secrets.remove("o/r", "deploy_key"));
  CHECK_FALSE(secrets.remove("o/r", "deploy_key"));
  CHECK_FALSE(secrets.get("o/r", "DEPLOY_KEY"));
  CHECK_FALSE(secrets.get("o/none", "A_FIRST"));
}
