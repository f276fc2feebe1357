// The three services' envelopes: the error shapes clients parse, Cloudflare's codes by status
// and its success wrapper, and the words each answers a bad body with.
#include "sandbox/kit/envelope.h"

#include <catch2/catch.hpp>

using namespace raxol::sandbox::kit;
using nlohmann::json;

TEST_CASE("kit envelope: Fly's {\"error\"}", "[sandbox][kit]") {
  FlyEnvelope fly;
  CHECK(fly.error(404, "app not found", 0) == json{{"error", "app not found"}});
  CHECK(fly.error(409, "held", 1234) == json{{"error", "held"}});  // Fly has no error codes
  CHECK(fly.success({{"ok", true}}, {{"page", 1}}) == json{{"ok", true}});
  CHECK(fly.bad_body_message() == "invalid request body: expected a JSON object");
  CHECK(fly.invalid_request_message("type must be string") ==
        "invalid request body: type must be string");
  CHECK(fly.null_body_is_empty());
}

TEST_CASE("kit envelope: Cloudflare's v4 envelope and its codes", "[sandbox][kit]") {
  CloudflareEnvelope cloudflare;
  CHECK(cloudflare.error(404, "Project not found", 8000007) ==
        json{{"success", false},
             {"errors", {{{"code", 8000007}, {"message", "Project not found"}}}},
             {"messages", json::array()},
             {"result", nullptr}});
  const std::vector<std::pair<int, int>> by_status = {{400, 8000010}, {401, 8000013}, {403, 10000},
                                                      {404, 7003},    {409, 8000010}, {429, 971},
                                                      {500, 8000000}, {503, 8000000}};
  for (const auto& [status, code] : by_status) {
    INFO(status);
    CHECK(CloudflareEnvelope::code_for_status(status) == code);
    CHECK(cloudflare.error(status, "x", 0)["errors"][0]["code"] == code);
  }
  CHECK(cloudflare.success(json::array({1}), nullptr) == json{{"success", true},
                                                              {"errors", json::array()},
                                                              {"messages", json::array()},
                                                              {"result", {1}}});
  CHECK(cloudflare.success(nullptr, {{"count", 0}})["result_info"] == json{{"count", 0}});
  CHECK(cloudflare.success(nullptr, {{"count", 0}})["result"].is_null());
  CHECK(cloudflare.bad_body_message() == "Request body is not a JSON object");
  CHECK_FALSE(cloudflare.null_body_is_empty());
}

TEST_CASE("kit envelope: GitHub's message and documentation_url", "[sandbox][kit]") {
  GitHubEnvelope rest;
  GitHubEnvelope secrets("https://docs.github.com/rest/actions/secrets");
  CHECK(rest.error(404, "Not Found", 0) ==
        json{{"message", "Not Found"}, {"documentation_url", "https://docs.github.com/rest"}});
  CHECK(secrets.error(403, "no", 0)["documentation_url"] ==
        "https://docs.github.com/rest/actions/secrets");
  CHECK(rest.success(json::array(), nullptr) == json::array());
  CHECK(rest.bad_body_message() == "Problems parsing JSON");
  CHECK(rest.invalid_request_message("x").rfind("Invalid request.", 0) == 0);
}

TEST_CASE("kit envelope: the OCI distribution errors and their codes", "[sandbox][kit]") {
  DistributionEnvelope registry;
  CHECK(registry.error(404, "manifest unknown to registry",
                       static_cast<int>(RegistryCode::manifest_unknown)) ==
        json::parse(R"({"errors": [{"code": "MANIFEST_UNKNOWN",
                                    "message": "manifest unknown to registry"}]})"));
  const std::vector<std::pair<int, std::string>> by_status = {
      {400, "UNSUPPORTED"},     {401, "UNAUTHORIZED"}, {403, "DENIED"},
      {404, "NAME_UNKNOWN"},    {413, "SIZE_INVALID"}, {416, "BLOB_UPLOAD_INVALID"},
      {429, "TOOMANYREQUESTS"}, {500, "UNKNOWN"},      {503, "UNKNOWN"}};
  for (const auto& [status, code] : by_status) {
    INFO(status);
    CHECK(registry.error(status, "x", 0)["errors"][0]["code"] == code);
  }
  CHECK(DistributionEnvelope::code_name(RegistryCode::blob_upload_unknown) ==
        "BLOB_UPLOAD_UNKNOWN");
  CHECK(DistributionEnvelope::code_message(RegistryCode::digest_invalid) ==
        "provided digest did not match uploaded content");
  CHECK(registry.success({{"tags", json::array()}}, nullptr) == json{{"tags", json::array()}});
  CHECK_FALSE(registry.null_body_is_empty());
}
