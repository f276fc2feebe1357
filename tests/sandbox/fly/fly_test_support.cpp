#include "sandbox/fly/fly_test_support.h"

#include <catch2/catch.hpp>
#include <future>
#include <thread>

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

std::unique_ptr<sandbox::Sandbox> start_sandbox(const std::filesystem::path& dir,
                                                raxol::Clock* clock) {
  auto started = sandbox::Sandbox::start({dir, "127.0.0.1", 0, clock});
  REQUIRE(started.ok());
  return std::move(started).value();
}

Reply reply_of(const HttpResponse& response) {
  Reply reply;
  reply.status = response.status;
  reply.headers = response.headers;
  reply.text = response.body;
  reply.body = json::parse(response.body, nullptr, false);
  if (reply.body.is_discarded()) reply.body = nullptr;
  return reply;
}

}  // namespace

std::filesystem::path machines_spec_path() { return reference_path("fly/machines-openapi3.json"); }

FlySandbox::FlySandbox(const json& settings, raxol::Clock* clock) : clock_(clock) {
  write_file(dir_ / "settings.json", fast_settings(settings).dump());
  box_ = start_sandbox(dir_.path(), clock_);
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
  return reply_of(*result);
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

Reply FlySandbox::get_advancing(FakeClock& clock, const std::string& path,
                                std::chrono::milliseconds step) {
  const std::string url = box_->base_url() + path;
  auto answer = std::async(std::launch::async, [url] {
    auto client = make_curl_http_client(CurlOptions{});
    HttpRequest request{"GET", url};
    request.headers = {{"Authorization", "Bearer " + kToken}};
    return client->send(request);
  });
  // A real pause of a millisecond only yields to the server; the waiting is the clock's.
  while (answer.wait_for(std::chrono::milliseconds(1)) != std::future_status::ready)
    clock.advance(step);
  auto result = answer.get();
  REQUIRE(result.ok());
  return reply_of(*result);
}

void FlySandbox::restart() {
  // Closing our keep-alive connections first lets the server stop at once.
  client_ = make_curl_http_client(CurlOptions{});
  box_.reset();
  box_ = start_sandbox(dir_.path(), clock_);
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
