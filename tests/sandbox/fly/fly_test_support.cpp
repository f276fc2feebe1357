#include "sandbox/fly/fly_test_support.h"

#include <catch2/catch.hpp>

namespace raxol::test::fly {

namespace {

json fast_settings(const json& overrides) {
  json settings = {{"fly",
                    {{"start_ms", 60},
                     {"stop_ms", 40},
                     {"check_ms", 100},
                     {"crash_ms", 60},
                     {"release_command_ms", 80},
                     {"cert_issue_ms", 400}}}};
  settings.merge_patch(overrides);
  return settings;
}

std::unique_ptr<sandbox::Sandbox> start_sandbox(const std::filesystem::path& dir) {
  auto started = sandbox::Sandbox::start({dir, "127.0.0.1", 0});
  REQUIRE(started.ok());
  return std::move(started).value();
}

}  // namespace

std::filesystem::path machines_spec_path() { return reference_path("fly/machines-openapi3.json"); }

FlySandbox::FlySandbox(const json& settings) {
  write_file(dir_ / "settings.json", fast_settings(settings).dump());
  box_ = start_sandbox(dir_.path());
  client_ = make_curl_http_client(CurlOptions{});
}

FlySandbox::~FlySandbox() = default;

Reply FlySandbox::send(const std::string& method, const std::string& path, const json& body,
                       HttpHeaders headers, const std::string& token) {
  HttpRequest request{method, box_->base_url() + path};
  request.headers = std::move(headers);
  if (!token.empty()) request.headers.emplace_back("Authorization", "Bearer " + token);
  if (!body.is_null()) {
    request.body = body.dump();
    request.headers.emplace_back("Content-Type", "application/json");
  }
  auto result = client_->send(request);
  REQUIRE(result.ok());
  Reply reply;
  reply.status = result->status;
  reply.headers = result->headers;
  reply.text = result->body;
  reply.body = json::parse(result->body, nullptr, false);
  if (reply.body.is_discarded()) reply.body = nullptr;
  return reply;
}

void FlySandbox::create_app(const std::string& name) {
  auto reply = post("/v1/apps", {{"name", name}, {"org_slug", "personal"}});
  REQUIRE(reply.status == 201);
}

json FlySandbox::create_machine(const std::string& app, const std::string& image, json extra) {
  json body = {{"config", {{"image", image}, {"init", json::object()}}}, {"region", "ams"}};
  body.merge_patch(extra);
  auto reply = post("/v1/apps/" + app + "/machines", body);
  INFO(reply.text);
  REQUIRE(reply.status == 200);
  return reply.body;
}

json FlySandbox::wait_for(const std::string& app, const std::string& id, const std::string& state,
                          const std::string& query) {
  auto reply =
      get("/v1/apps/" + app + "/machines/" + id + "/wait?state=" + state + "&timeout=10" + query);
  INFO(reply.text);
  REQUIRE(reply.status == 200);
  return reply.body;
}

void FlySandbox::restart() {
  // Closing our keep-alive connections first lets the server stop at once.
  client_ = make_curl_http_client(CurlOptions{});
  box_.reset();
  box_ = start_sandbox(dir_.path());
}

void FlySandbox::check_requests_conform(OpenApiOptions options) {
  OpenApiValidator validator(machines_spec_path(), options);
  for (const auto& entry : box_->requests().entries()) {
    // A request answered by an injected fault was never read past its headers.
    if (entry.path.rfind("/v1/", 0) != 0 || entry.fault == "status" || entry.fault == "drop")
      continue;
    auto violations = validator.validate(entry.method, entry.path, entry.query, entry.body);
    std::string joined;
    for (const auto& violation : violations) joined += violation + "\n";
    INFO(entry.method << " " << entry.path << "?" << entry.query << " " << entry.body);
    CHECK(joined == "");
  }
  box_->requests().clear();
}

}  // namespace raxol::test::fly
