// Fly's own identifier shapes: machine ids, lease nonces, machine names and secret digests.
#include "sandbox/fly/ids.h"

#include <catch2/catch.hpp>
#include <regex>
#include <set>

using namespace raxol::sandbox::fly;

TEST_CASE("fly ids: the shapes the real API hands out", "[sandbox][fly]") {
  std::set<std::string> ids;
  for (int i = 0; i < 50; ++i) {
    const std::string id = new_machine_id();
    CHECK(std::regex_match(id, std::regex("[0-9a-f]{14}")));
    ids.insert(id);
  }
  CHECK(ids.size() == 50);
  CHECK(std::regex_match(new_nonce(), std::regex("[0-9a-f]{32}")));
  CHECK(new_nonce() != new_nonce());
  for (int i = 0; i < 20; ++i)
    CHECK(std::regex_match(new_machine_name(), std::regex("[a-z]+-[a-z]+-[1-9][0-9]{3}")));
}

TEST_CASE("fly ids: digests are stable, short and change with the value", "[sandbox][fly]") {
  const std::string digest = secret_digest("postgres://x");
  CHECK(std::regex_match(digest, std::regex("[0-9a-f]{16}")));
  CHECK(secret_digest("postgres://x") == digest);
  CHECK(secret_digest("postgres://y") != digest);
  CHECK(digest.find("postgres") == std::string::npos);
}
