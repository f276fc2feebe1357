// The upload JWT is refreshed before it expires and once (for all workers) when refused, at
// most three times a deploy. Tokens come from the Pages emulator, whose time and the source's
// are the same fake clock, so expiry is reached by advancing it.
#include "targets/cloudflare_pages/deploy/token_source.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::cfp::PagesWorld;

TEST_CASE("pages upload token: refreshed before expiry and after a refusal", "[pages]") {
  PagesWorld world(nlohmann::json{{"jwt_ttl_seconds", 600}});
  world.api().create_project("site");
  Redactor redactor;
  UploadTokenSource tokens(world.client(), "site", world.clock(), redactor);

  auto first = tokens.current();
  REQUIRE(first.ok());
  CHECK(tokens.fetches() == 1);
  world.clock().advance(std::chrono::seconds(500));  // 100 s left: more than the 60 s margin
  CHECK(tokens.current().value() == *first);
  world.clock().advance(std::chrono::seconds(50));  // 50 s left: refreshed before use
  auto second = tokens.current();
  REQUIRE(second.ok());
  CHECK(*second != *first);
  CHECK(world.requests("GET", "/upload-token") == 2);

  // Two workers report the same refused JWT: one refresh serves both. (The emulator's JWTs
  // differ only by their times, so the clock moves a second before each refresh.)
  world.clock().advance(std::chrono::seconds(1));
  REQUIRE(tokens.refresh_after_rejection(*second).ok());
  REQUIRE(tokens.refresh_after_rejection(*second).ok());
  CHECK(world.requests("GET", "/upload-token") == 3);
  CHECK(tokens.rejections() == 1);
  CHECK(redactor.redact(tokens.current().value()) == "[REDACTED]");

  for (int i = 0; i < UploadTokenSource::kMaxRejections - 1; ++i) {
    world.clock().advance(std::chrono::seconds(1));
    REQUIRE(tokens.refresh_after_rejection(tokens.current().value()).ok());
  }
  auto refused = tokens.refresh_after_rejection(tokens.current().value());
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::auth);
  CHECK(refused.error().message.find(tokens.current().value()) == std::string::npos);
}

TEST_CASE("pages upload token: a short-lived JWT is refreshed at half its life", "[pages]") {
  PagesWorld world(nlohmann::json{{"jwt_ttl_seconds", 10}});
  world.api().create_project("site");
  Redactor redactor;
  UploadTokenSource tokens(world.client(), "site", world.clock(), redactor);
  REQUIRE(tokens.current().ok());
  world.clock().advance(std::chrono::seconds(4));
  REQUIRE(tokens.current().ok());
  CHECK(tokens.fetches() == 1);
  world.clock().advance(std::chrono::seconds(2));
  REQUIRE(tokens.current().ok());
  CHECK(tokens.fetches() == 2);
}

TEST_CASE("pages upload token: the plan's JWT is used while fresh - its claims read", "[pages]") {
  PagesWorld world(nlohmann::json{{"jwt_ttl_seconds", 600}, {"max_file_count_allowed", 777}});
  world.api().create_project("site");
  auto initial = world.client().upload_token("site");
  REQUIRE(initial.ok());
  Redactor redactor;
  UploadTokenSource tokens(world.client(), "site", world.clock(), redactor, *initial);
  CHECK(tokens.current().value() == initial->token);
  CHECK(tokens.claims().value().max_file_count == 777);
  CHECK(tokens.fetches() == 0);
  CHECK(world.requests("GET", "/upload-token") == 1);  // only the plan's

  // A refusal of an older JWT than the current one changes nothing.
  world.clock().advance(std::chrono::seconds(590));
  const std::string fresh = tokens.current().value();
  CHECK(fresh != initial->token);
  REQUIRE(tokens.refresh_after_rejection(initial->token).ok());
  CHECK(tokens.current().value() == fresh);
  CHECK(tokens.rejections() == 0);
}

TEST_CASE("pages upload token: a failed fetch is the API's error - without the token", "[pages]") {
  PagesWorld world;
  Redactor redactor;
  UploadTokenSource tokens(world.client(), "no-such-project", world.clock(), redactor);
  auto missing = tokens.current();
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::not_found);
  CHECK(missing.error().message.find(world.endpoints().token) == std::string::npos);
}
