// The asset calls of the Cloudflare emulator, with an upload JWT: check-missing, upload (JSON
// items, base64 or not), upsert-hashes, and the 400s for every kind of bad input.
#include <catch2/catch.hpp>

#include "sandbox/cloudflare_pages/pages_api.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("pages emulator: assets are uploaded, checked and upserted", "[pages][sandbox]") {
  SandboxFixture box;
  PagesApi api(box);
  api.create_project("site");
  const std::string jwt = api.jwt("site");
  json upload = json::array({{{"key", kIndexKey},
                              {"value", "PGgxPmhpPC9oMT4="},
                              {"metadata", {{"contentType", "text/html"}}},
                              {"base64", true}},
                             {{"key", kCssKey},
                              {"value", "Ym9keXt9"},
                              {"metadata", {{"contentType", "text/css"}}},
                              {"base64", true},
                              {"extra", {1, 2}}}});
  REQUIRE(api.call("POST", "/client/v4/pages/assets/upload", upload.dump(), jwt).status == 200);
  auto bad = api.call("POST", "/client/v4/pages/assets/upload",
                      R"([{"key":"xyz","value":"","base64":true}])", jwt);
  CHECK(bad.status == 400);
  auto missing = api.call("POST", "/client/v4/pages/assets/check-missing",
                          json{{"hashes", {kIndexKey, kCssKey}}}.dump(), jwt);
  CHECK(missing.body["result"].empty());
  CHECK(api.call("POST", "/client/v4/pages/assets/upsert-hashes",
                 json{{"hashes", {kIndexKey, kCssKey}}}.dump(), jwt)
            .status == 200);

  // Bad input: each problem is a 400 in the envelope, and nothing is stored by it.
  const std::string check = "/client/v4/pages/assets/check-missing";
  CHECK(envelope_error(api.call("POST", check, R"({"hashes": ["short"]})", jwt))["code"] ==
        8000010);
  CHECK(envelope_error(api.call("POST", check, R"({"other": []})", jwt))["message"] ==
        "Request body must be {\"hashes\": [...]}");
  CHECK(api.call("POST", check, "{broken", jwt).status == 400);
  const std::string other = "00000000000000000000000000000000";
  CHECK(api.call("POST", check, json{{"hashes", {other}}}.dump(), jwt).body["result"] ==
        json::array({other}));
  auto not_uploaded = api.call("POST", "/client/v4/pages/assets/upsert-hashes",
                               json{{"hashes", {other}}}.dump(), jwt);
  CHECK(not_uploaded.status == 400);
  CHECK(envelope_error(not_uploaded)["message"] == "Hash " + other + " has not been uploaded");
  auto bad_base64 =
      api.call("POST", "/client/v4/pages/assets/upload",
               json::array({{{"key", other}, {"value", "Zm9*"}, {"base64", true}}}).dump(), jwt);
  CHECK(envelope_error(bad_base64)["message"] == "item 0: value is not valid base64");
  CHECK(api.call("POST", "/client/v4/pages/assets/upload", "{}", jwt).status == 400);
  CHECK(api.call("POST", check, json{{"hashes", {other}}}.dump(), jwt).body["result"] ==
        json::array({other}));
}
