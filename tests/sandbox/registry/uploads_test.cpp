// Uploads in files: Content-Range as clients write it, the Range header, and appends that
// must start where the upload ends.
#include "sandbox/registry/uploads.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace raxol::sandbox::registry;

TEST_CASE("registry uploads: Content-Range and Range headers", "[sandbox][registry]") {
  for (const std::string header : {"0-99", "bytes 0-99", "bytes=0-99"}) {
    INFO(header);
    auto range = parse_content_range(header);
    REQUIRE(range);
    CHECK(range->first == 0);
    CHECK(range->last == 99);
  }
  for (const std::string header : {"", "5", "-5", "5-", "9-3", "a-b", "0-99/100", "bytes */100"})
    CHECK_FALSE(parse_content_range(header));
  CHECK(range_header(0) == "0-0");
  CHECK(range_header(1) == "0-0");
  CHECK(range_header(10) == "0-9");
}

TEST_CASE("registry uploads: appends in order, under the upload's repository",
          "[sandbox][registry]") {
  raxol::test::TempDir dir;
  Uploads uploads(dir / "uploads");
  const std::string id = uploads.start("team/app");
  REQUIRE(uploads.find(id));
  CHECK(uploads.find(id)->repository == "team/app");
  CHECK(uploads.find(id)->size == 0);
  std::uint64_t size = 0;
  CHECK(uploads.append(id, std::nullopt, "abc", size) == AppendResult::appended);
  CHECK(size == 3);
  CHECK(uploads.append(id, ByteRange{3, 4}, "de", size) == AppendResult::appended);
  CHECK(size == 5);
  CHECK(uploads.append(id, ByteRange{2, 4}, "xyz", size) == AppendResult::out_of_order);
  CHECK(uploads.append(id, ByteRange{5, 9}, "xy", size) == AppendResult::bad_length);
  CHECK(size == 5);
  CHECK(raxol::test::read_file(uploads.data_path(id)) == "abcde");
  // Only ids start() hands out name a file.
  CHECK_FALSE(uploads.find("../uploads/" + id));
  CHECK(uploads.append("..", std::nullopt, "x", size) == AppendResult::unknown);
  uploads.remove(id);
  CHECK_FALSE(uploads.find(id));
  CHECK(uploads.append(id, std::nullopt, "x", size) == AppendResult::unknown);
}
