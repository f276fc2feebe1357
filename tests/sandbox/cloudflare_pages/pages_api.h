// A small client for the Cloudflare Pages emulator in tests: the v4 calls with the sandbox's
// token (or an upload JWT), answers as status + parsed body.
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "raxol/http.h"
#include "support/sandbox_fixture.h"

namespace raxol::test {

struct ApiAnswer {
  int status = 0;
  nlohmann::json body;  // null when not JSON
  std::string raw;
  HttpHeaders headers;
};

// Asset keys for tests: 32 hex digits, as the service requires.
inline const std::string kIndexKey = "0123456789abcdef0123456789abcdef";
inline const std::string kCssKey = "fedcba9876543210fedcba9876543210";

// The first error of a failed answer, after checking the rest of Cloudflare's envelope.
inline nlohmann::json envelope_error(const ApiAnswer& answer) {
  REQUIRE(answer.body.is_object());
  CHECK(answer.body["success"] == false);
  CHECK(answer.body["result"].is_null());
  CHECK(answer.body["messages"] == nlohmann::json::array());
  return answer.body["errors"][0];
}

class PagesApi {
 public:
  explicit PagesApi(SandboxFixture& box)
      : box_(box), http_(make_curl_http_client(CurlOptions{"raxol-test", false})) {}

  std::string account() const { return box_.env().at("CLOUDFLARE_ACCOUNT_ID"); }
  std::string projects() const { return "/client/v4/accounts/" + account() + "/pages/projects"; }

  ApiAnswer call(const std::string& method, const std::string& path, const std::string& body = "",
                 const std::string& bearer = "", std::vector<MultipartPart> parts = {}) {
    HttpHeaders headers = {
        {"Authorization",
         "Bearer " + (bearer.empty() ? box_.env().at("CLOUDFLARE_API_TOKEN") : bearer)}};
    if (!body.empty()) headers.emplace_back("Content-Type", "application/json");
    return call_raw(method, path, std::move(headers), body, std::move(parts));
  }
  // The same with exactly `headers` (no default credentials).
  ApiAnswer call_raw(const std::string& method, const std::string& path, HttpHeaders headers,
                     const std::string& body = "", std::vector<MultipartPart> parts = {}) {
    HttpRequest request(method, box_.sandbox().base_url() + path);
    request.headers = std::move(headers);
    request.body = body;
    request.multipart = std::move(parts);
    auto response = http_->send(request);
    REQUIRE(response.ok());
    ApiAnswer answer{response->status, nlohmann::json::parse(response->body, nullptr, false),
                     response->body, response->headers};
    if (answer.body.is_discarded()) answer.body = nullptr;
    return answer;
  }

  nlohmann::json create_project(const std::string& name, const std::string& branch = "main") {
    auto answer = call("POST", projects(),
                       nlohmann::json{{"name", name}, {"production_branch", branch}}.dump());
    INFO(answer.raw);
    REQUIRE(answer.status == 200);
    return answer.body["result"];
  }

  std::string jwt(const std::string& project) {
    auto answer = call("GET", projects() + "/" + project + "/upload-token");
    REQUIRE(answer.status == 200);
    return answer.body["result"]["jwt"];
  }

  // Uploads `files` (key -> contents) with the JWT.
  void upload(const std::string& jwt, const std::map<std::string, std::string>& files) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& [key, contents] : files)
      items.push_back({{"key", key},
                       {"value", contents},
                       {"metadata", {{"contentType", "text/html"}}},
                       {"base64", false}});
    auto answer = call("POST", "/client/v4/pages/assets/upload", items.dump(), jwt);
    INFO(answer.raw);
    REQUIRE(answer.status == 200);
  }

  ApiAnswer deploy(const std::string& project, const nlohmann::json& manifest,
                   const std::string& branch = "", const std::string& headers = "",
                   const std::string& redirects = "") {
    std::vector<MultipartPart> parts = {{"manifest", manifest.dump(), "", ""}};
    if (!branch.empty()) parts.push_back({"branch", branch, "", ""});
    parts.push_back({"commit_hash", "abc123", "", ""});
    if (!headers.empty())
      parts.push_back({"_headers", headers, "_headers", "application/octet-stream"});
    if (!redirects.empty())
      parts.push_back({"_redirects", redirects, "_redirects", "application/octet-stream"});
    return call("POST", projects() + "/" + project + "/deployments", "", "", parts);
  }

  HttpResponse site(const std::string& host_and_path) {
    auto response = http_->send(
        HttpRequest("GET", box_.sandbox().base_url() + "/_sandbox/sites/" + host_and_path));
    REQUIRE(response.ok());
    return *response;
  }

 private:
  SandboxFixture& box_;
  std::unique_ptr<HttpClient> http_;
};

}  // namespace raxol::test
