// The upload JWT is refreshed before it expires and once (for all workers) when refused, and
// deployment creation is repeated only when the service says nothing was created.
#include "targets/cloudflare_pages/deploy/token_source.h"

#include <catch2/catch.hpp>

#include "support/fake_clock.h"
#include "util/base64.h"
#include "targets/cloudflare_pages/deploy/deployment_steps.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;

namespace {

std::string base64url(const std::string& text) {
  std::string out;
  base64_append(out, text);
  for (auto& c : out) c = c == '+' ? '-' : c == '/' ? '_' : c;
  while (!out.empty() && out.back() == '=') out.pop_back();
  return out;
}

std::string make_jwt(std::int64_t iat, std::int64_t exp, int serial) {
  nlohmann::json payload = {
      {"iat", iat}, {"exp", exp}, {"max_file_count_allowed", 50000}, {"serial", serial}};
  return base64url("{\"alg\":\"HS256\"}") + "." + base64url(payload.dump()) + ".sig";
}

std::int64_t seconds(const Clock& clock) {
  return std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count();
}

// Answers upload-token calls with JWTs valid for `lifetime` seconds, and the scripted
// answers of other calls in order.
class FakeApi : public HttpClient {
 public:
  FakeApi(Clock& clock, int lifetime) : clock_(clock), lifetime_(lifetime) {}
  Result<HttpResponse> send(const HttpRequest& request) override {
    requests.push_back(request.method + " " + request.url);
    if (request.url.find("/upload-token") != std::string::npos) {
      ++tokens;
      std::int64_t now = seconds(clock_);
      nlohmann::json body = {{"success", true},
                             {"errors", nlohmann::json::array()},
                             {"result", {{"jwt", make_jwt(now, now + lifetime_, tokens)}}}};
      return HttpResponse{200, {}, body.dump()};
    }
    if (scripted.empty()) return HttpResponse{500, {}, "no script"};
    auto next = scripted.front();
    scripted.erase(scripted.begin());
    return next;
  }
  std::vector<Result<HttpResponse>> scripted;
  std::vector<std::string> requests;
  int tokens = 0;

 private:
  Clock& clock_;
  int lifetime_;
};

PagesEndpoints endpoints() {
  PagesEndpoints result;
  result.api_base = "http://api.test/client/v4";
  result.token = "api-token";
  result.account_id = "acc";
  return result;
}

}  // namespace

TEST_CASE("pages JWT claims are read from the payload", "[pages]") {
  auto jwt = decode_upload_jwt(make_jwt(100, 700, 1));
  CHECK(jwt.exp == 700);
  CHECK(jwt.iat == 100);
  CHECK(jwt.max_file_count == 50000);
  auto opaque = decode_upload_jwt("not-a-jwt");
  CHECK_FALSE(opaque.exp.has_value());
  CHECK(opaque.max_file_count == 20000);
}

TEST_CASE("pages upload token: refreshed before expiry and after a refusal", "[pages]") {
  test::FakeClock clock;
  FakeApi api(clock, 600);
  PagesTransport transport(api, endpoints());
  PagesClient client(transport);
  Redactor redactor;
  UploadTokenSource tokens(client, "site", clock, redactor);

  auto first = tokens.current();
  REQUIRE(first.ok());
  CHECK(api.tokens == 1);
  clock.advance(std::chrono::seconds(500));  // 100 s left: more than the 60 s margin
  CHECK(tokens.current().value() == *first);
  clock.advance(std::chrono::seconds(50));  // 50 s left: refreshed before use
  auto second = tokens.current();
  REQUIRE(second.ok());
  CHECK(*second != *first);
  CHECK(api.tokens == 2);

  // Two workers report the same refused JWT: one refresh serves both.
  REQUIRE(tokens.refresh_after_rejection(*second).ok());
  REQUIRE(tokens.refresh_after_rejection(*second).ok());
  CHECK(api.tokens == 3);
  CHECK(tokens.rejections() == 1);
  CHECK(redactor.redact(tokens.current().value()) == "[REDACTED]");

  for (int i = 0; i < UploadTokenSource::kMaxRejections - 1; ++i)
    REQUIRE(tokens.refresh_after_rejection(tokens.current().value()).ok());
  auto refused = tokens.refresh_after_rejection(tokens.current().value());
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::auth);
}

TEST_CASE("pages upload token: a short-lived JWT is refreshed at half its life", "[pages]") {
  test::FakeClock clock;
  FakeApi api(clock, 10);
  PagesTransport transport(api, endpoints());
  PagesClient client(transport);
  Redactor redactor;
  UploadTokenSource tokens(client, "site", clock, redactor);
  REQUIRE(tokens.current().ok());
  clock.advance(std::chrono::seconds(4));
  REQUIRE(tokens.current().ok());
  CHECK(api.tokens == 1);
  clock.advance(std::chrono::seconds(2));
  REQUIRE(tokens.current().ok());
  CHECK(api.tokens == 2);
}

TEST_CASE("pages create deployment: repeated only when the service says so", "[pages]") {
  test::FakeClock clock;
  FakeApi api(clock, 600);
  PagesTransport transport(api, endpoints());
  PagesClient client(transport);
  DeploymentForm form;
  form.manifest = "{}";
  form.branch = "main";
  auto envelope = [](int code) {
    return nlohmann::json{{"success", false},
                          {"errors", {{{"code", code}, {"message", "boom"}}}},
                          {"result", nullptr}}
        .dump();
  };
  const std::string created =
      nlohmann::json{{"success", true}, {"result", {{"id", "0123456789ab"}}}}.dump();

  api.scripted = {HttpResponse{500, {}, envelope(8000000)}, HttpResponse{200, {}, created}};
  auto retried = create_deployment(client, clock, "site", form);
  REQUIRE(retried.ok());
  CHECK(retried->short_id == "01234567");
  CHECK(clock.sleeps() == std::vector<std::chrono::milliseconds>{std::chrono::seconds(1)});

  api.scripted = {HttpResponse{400, {}, envelope(8000096)}, HttpResponse{200, {}, created}};
  auto refused = create_deployment(client, clock, "site", form);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message.find("code 8000096") != std::string::npos);
  CHECK(api.scripted.size() == 1);  // not sent twice
}

TEST_CASE("pages create deployment: after a lost answer, finds ours before resending", "[pages]") {
  test::FakeClock clock;
  FakeApi api(clock, 600);
  PagesTransport transport(api, endpoints());
  PagesClient client(transport);
  DeploymentForm form;
  form.manifest = "{}";
  form.branch = "main";
  form.commit_hash = "c0ffee";
  nlohmann::json ours = {
      {"id", "feedface0000"},
      {"created_on", "2026-01-01T00:00:00Z"},
      {"deployment_trigger", {{"metadata", {{"branch", "main"}, {"commit_hash", "c0ffee"}}}}}};
  nlohmann::json older = ours;
  older["id"] = "0ld0ld0ld000";
  older["created_on"] = "2025-06-01T00:00:00Z";
  api.scripted = {
      Error{ErrorKind::network, "connection reset", {}, 0},
      HttpResponse{200, {}, nlohmann::json{{"success", true}, {"result", {ours, older}}}.dump()}};
  auto found = create_deployment(client, clock, "site", form);
  REQUIRE(found.ok());
  CHECK(found->id == "feedface0000");
  REQUIRE(api.requests.size() == 2);
  CHECK(api.requests[1].rfind("GET ", 0) == 0);  // a list, not a second creation
}
