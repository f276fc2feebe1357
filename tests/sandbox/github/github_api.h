// A sandbox for the GitHub emulator's tests, spoken to as clients do: the REST API with a
// token over libcurl, and the real git CLI over smart HTTP with the token in an
// http.extraHeader (as raxol-deploy sends it).
#pragma once

#include <catch2/catch.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "raxol/http.h"
#include "raxol/process.h"
#include "support/sandbox_fixture.h"

namespace raxol::test::ghp {

struct GitHubBox {
  // Builds take 150 ms and certificates are approved at once unless `settings` say otherwise;
  // with a `clock` (a FakeClock) they move only when the test moves it.
  explicit GitHubBox(const nlohmann::json& settings = nlohmann::json::object(),
                     Clock* clock = nullptr)
      : box(merged(settings), clock) {}

  SandboxFixture box;
  std::unique_ptr<HttpClient> http = make_curl_http_client(CurlOptions{"raxol-test", false});

  std::string token() { return box.env().at("GITHUB_TOKEN"); }
  std::string server_url(const std::string& slug) {
    return box.env().at("GITHUB_SERVER_URL") + "/" + slug + ".git";
  }
  // `token_value` "default": the sandbox's token; "": none.
  HttpResponse call(const std::string& method, const std::string& path,
                    const nlohmann::json& body = nullptr,
                    const std::string& token_value = "default") {
    HttpRequest request(method, box.env().at("GITHUB_API_URL") + path);
    std::string used = token_value == "default" ? token() : token_value;
    if (!used.empty()) request.headers.emplace_back("Authorization", "Bearer " + used);
    if (!body.is_null()) request.body = body.dump();
    auto response = http->send(request);
    REQUIRE(response.ok());
    return *response;
  }
  nlohmann::json json_of(const std::string& method, const std::string& path,
                         const nlohmann::json& body = nullptr) {
    return nlohmann::json::parse(call(method, path, body).body, nullptr, false);
  }
  ProcessResult git_with_token(const std::vector<std::string>& args, const std::string& cwd,
                               bool with_token = true) {
    ProcessSpec spec;
    spec.argv = {"git"};
    spec.argv.insert(spec.argv.end(), args.begin(), args.end());
    spec.cwd = cwd;
    spec.env = {{"GIT_TERMINAL_PROMPT", "0"}, {"GIT_ASKPASS", ""},
                {"GIT_AUTHOR_NAME", "T"},     {"GIT_AUTHOR_EMAIL", "t@example.org"},
                {"GIT_COMMITTER_NAME", "T"},  {"GIT_COMMITTER_EMAIL", "t@example.org"}};
    if (with_token) {
      spec.env["GIT_CONFIG_COUNT"] = "1";
      spec.env["GIT_CONFIG_KEY_0"] = "http.extraHeader";
      spec.env["GIT_CONFIG_VALUE_0"] = "Authorization: Bearer " + token();
    }
    auto result = make_posix_process_runner()->run(spec);
    REQUIRE(result.ok());
    return *result;
  }
  std::filesystem::path repo(const std::string& slug) {
    return box.state_dir() / "github" / "repos" / (slug + ".git");
  }

 private:
  static nlohmann::json merged(const nlohmann::json& settings) {
    nlohmann::json all = {{"github", {{"build_ms", 150}, {"certificate_ms", 0}}}};
    all.merge_patch(settings);
    return all;
  }
};

}  // namespace raxol::test::ghp
