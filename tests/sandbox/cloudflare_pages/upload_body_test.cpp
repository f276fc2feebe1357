// The in-place scanner of POST /pages/assets/upload bodies: keys, values, content types and the
// base64 flag out of a JSON array, escapes decoded, unknown fields skipped, and errors that say
// where the body went wrong.
#include "sandbox/cloudflare_pages/upload_body.h"

#include <catch2/catch.hpp>

using namespace raxol::sandbox::cloudflare_pages;

TEST_CASE("pages upload body: items are scanned in place", "[pages][sandbox]") {
  UploadBody body;
  std::string error;
  REQUIRE(parse_upload_body(
      R"( [ {"key":"k1","value":"Zm9v","metadata":{"contentType":"text\/plain","x":[1,{"y":null}]},"base64":true},
            {"base64":false,"value":"a\"b","key":"k2"} ] )",
      body, error));
  REQUIRE(body.items.size() == 2);
  CHECK(body.items[0].key == "k1");
  CHECK(body.items[0].content_type == "text/plain");
  CHECK(body.items[0].base64);
  CHECK(body.items[1].value == "a\"b");
  CHECK_FALSE(body.items[1].base64);
  UploadBody broken;
  CHECK_FALSE(parse_upload_body(R"([{"key":"k1","value":"x")", broken, error));
  CHECK_FALSE(error.empty());

  // Values stay as sent: base64 text is sliced out of the body, decoded by util/base64.h.
  CHECK(body.items[0].value == "Zm9v");

  for (const std::string bad : {"", "{}", "[1]", "[{\"key\": 5}]", "[{}] trailing", "[{},]"}) {
    UploadBody out;
    std::string why;
    INFO(bad);
    CHECK_FALSE(parse_upload_body(bad, out, why));
    CHECK(why.find("at byte") != std::string::npos);
  }
  UploadBody empty;
  REQUIRE(parse_upload_body(" [ ] ", empty, error));
  CHECK(empty.items.empty());
}
