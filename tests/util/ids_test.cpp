#include <catch2/catch.hpp>

#include <set>

#include "util/ids.h"

using namespace raxol;

TEST_CASE("random ids have their shape and differ", "[util][ids]") {
  const std::string hex = random_hex(7);
  CHECK(hex.size() == 14);
  CHECK(hex.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(random_hex(7) != hex);
  const std::string alnum = random_alnum(12);
  CHECK(alnum.size() == 12);
  CHECK(alnum.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789") == std::string::npos);
  for (int i = 0; i < 100; ++i) CHECK(random_below(3) < 3);
}

TEST_CASE("ULIDs encode the time first and sort by it", "[util][ids]") {
  const std::string early = new_ulid(1'000);
  const std::string late = new_ulid(2'000'000'000'000);
  CHECK(early.size() == 26);
  CHECK(early.substr(0, 10) == "00000000Z8");  // 1000 = 31 * 32 + 8
  CHECK(early < late);
  CHECK(late.find_first_not_of("0123456789ABCDEFGHJKMNPQRSTVWXYZ") == std::string::npos);
}

TEST_CASE("UUIDs are version 4 with the RFC 4122 variant", "[util][ids]") {
  std::set<std::string> seen;
  for (int i = 0; i < 20; ++i) {
    const std::string id = new_uuid();
    REQUIRE(id.size() == 36);
    CHECK(id[8] == '-');
    CHECK(id[14] == '4');
    CHECK(std::string("89ab").find(id[19]) != std::string::npos);
    seen.insert(id);
  }
  CHECK(seen.size() == 20);
}
