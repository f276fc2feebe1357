// Issued tokens: kept only as hashes, of one kind each, expiring on the clock given.
#include "sandbox/registry/tokens.h"

#include <catch2/catch.hpp>

using namespace raxol::sandbox::registry;
using nlohmann::json;

TEST_CASE("registry tokens: issued, checked, expired and pruned", "[sandbox][registry]") {
  json document = json::object();
  const std::string access = issue_token(document, TokenKind::access, 1'000, 60);
  const std::string refresh = issue_token(document, TokenKind::refresh, 1'000, 60);
  CHECK(access != refresh);
  CHECK(document.dump().find(access) == std::string::npos);  // only its hash is kept
  CHECK(token_valid(document, access, TokenKind::access, 60'999));
  CHECK_FALSE(token_valid(document, access, TokenKind::access, 61'000));
  CHECK_FALSE(token_valid(document, access, TokenKind::refresh, 1'000));
  CHECK(token_valid(document, refresh, TokenKind::refresh, 1'000'000'000));
  CHECK_FALSE(token_valid(document, "", TokenKind::access, 1'000));
  CHECK_FALSE(token_valid(json::object(), access, TokenKind::access, 1'000));
  // Issuing later drops the expired access token, not the refresh token.
  issue_token(document, TokenKind::access, 100'000, 60);
  CHECK(document["tokens"].size() == 2);
  CHECK(token_valid(document, refresh, TokenKind::refresh, 100'000));
}
