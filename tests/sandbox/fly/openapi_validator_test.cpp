// The OpenAPI request validator on hand-written good and bad Machines API requests.
#include "support/openapi_validator.h"

#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using nlohmann::json;
using raxol::test::OpenApiValidator;
using raxol::test::fly::machines_spec_path;

namespace {

std::string joined(const std::vector<std::string>& violations) {
  std::string text;
  for (const auto& violation : violations) text += violation + "\n";
  return text;
}

json machine_request() {
  return {{"region", "ams"},
          {"skip_launch", false},
          {"lease_ttl", 300},
          {"min_secrets_version", 2},
          {"config",
           {{"image", "registry.fly.io/web:v1"},
            {"init", json::object()},
            {"env", {{"PORT", "8080"}}},
            {"metadata", {{"fly_platform_version", "v2"}}},
            {"guest", {{"cpu_kind", "shared"}, {"cpus", 1}, {"memory_mb", 256}}},
            {"restart", {{"policy", "on-failure"}, {"max_retries", 3}}},
            {"checks", {{"alive", {{"type", "http"}, {"port", 8080}, {"path", "/up"}}}}},
            {"services",
             {{{"protocol", "tcp"},
               {"internal_port", 8080},
               {"autostop", true},  // flyctl's boolean form
               {"ports", {{{"port", 443}, {"handlers", {"tls", "http"}}}}},
               {"checks", {{{"type", "tcp"}, {"interval", "15s"}}}}}}}}}};
}

}  // namespace

TEST_CASE("openapi validator: accepts well-formed Machines API requests", "[openapi]") {
  OpenApiValidator validator(machines_spec_path());
  CHECK(joined(validator.validate("POST", "/v1/apps/web/machines", "", machine_request().dump())) ==
        "");
  // With or without the server's /v1 prefix, with a scheme and host.
  CHECK(joined(validator.validate("GET", "/apps/web/machines", "include_deleted=true&region=ams",
                                  "")) == "");
  CHECK(joined(validator.validate("GET", "https://api.machines.dev/v1/apps/web/machines/abc/wait",
                                  "state=started&timeout=60&version=01H", "")) == "");
  CHECK(joined(validator.validate("POST", "/v1/apps/web/machines/abc/lease", "",
                                  R"({"ttl": 13, "description": "deploy"})")) == "");
  CHECK(joined(validator.validate("DELETE", "/v1/apps/web/machines/abc", "force=true", "")) == "");
  CHECK(joined(validator.validate("POST", "/v1/apps/web/secrets", "",
                                  R"({"values": {"A": "1", "GONE": null}})")) == "");
  CHECK(joined(validator.validate("POST", "/v1/apps/web/certificates/acme", "",
                                  R"({"hostname": "www.example.com"})")) == "");
  CHECK(joined(validator.validate("DELETE", "/v1/apps/web/certificates/acme", "", "")) == "");
  CHECK(joined(validator.validate("POST", "/v1/apps/web/machines/abc/start", "", "")) == "");
}

TEST_CASE("openapi validator: rejects bad paths, fields, types and parameters", "[openapi]") {
  OpenApiValidator validator(machines_spec_path());
  CHECK_FALSE(validator.validate("GET", "/v1/apps/web/machinez", "", "").empty());
  CHECK_FALSE(validator.validate("PATCH", "/v1/apps/web/machines", "", "{}").empty());

  json unknown = machine_request();
  unknown["skip_launh"] = true;
  auto violations = validator.validate("POST", "/v1/apps/web/machines", "", unknown.dump());
  REQUIRE(violations.size() == 1);
  CHECK(violations[0].find("body.skip_launh: unknown field") != std::string::npos);

  json nested = machine_request();
  nested["config"]["services"][0]["ports"][0]["portt"] = 80;
  CHECK(joined(validator.validate("POST", "/v1/apps/web/machines", "", nested.dump()))
            .find("body.config.services[0].ports[0].portt: unknown field") != std::string::npos);

  json wrong = machine_request();
  wrong["lease_ttl"] = "300";
  wrong["config"]["guest"]["cpus"] = "one";
  wrong["config"]["env"] = json::array();
  auto typed = joined(validator.validate("POST", "/v1/apps/web/machines", "", wrong.dump()));
  CHECK(typed.find("body.lease_ttl: expected integer, got string") != std::string::npos);
  CHECK(typed.find("body.config.guest.cpus: expected integer, got string") != std::string::npos);
  CHECK(typed.find("body.config.env: expected object, got array") != std::string::npos);

  CHECK_FALSE(validator
                  .validate("POST", "/v1/apps/web/machines/abc/stop", "",
                            R"({"signal": "SIGTERM", "timeout": 30})")
                  .empty());
  CHECK_FALSE(validator.validate("POST", "/v1/apps/web/machines", "", "not json").empty());
  CHECK_FALSE(
      validator.validate("POST", "/v1/apps/web/machines/abc/start", "", "{\"x\":1}").empty());
  // flyctl's forms are not the spec's.
  CHECK_FALSE(validator.validate("DELETE", "/v1/apps/web/machines/abc", "kill=true", "").empty());
  CHECK_FALSE(validator.validate("POST", "/v1/apps/web/machines/abc/lease", "ttl=13", "").empty());
}

TEST_CASE("openapi validator: flyctl's documented deviations when allowed", "[openapi]") {
  OpenApiValidator validator(machines_spec_path(), {.allow_flyctl_forms = true});
  CHECK(joined(validator.validate("DELETE", "/v1/apps/web/machines/abc", "kill=true", "")) == "");
  CHECK(joined(validator.validate("POST", "/v1/apps/web/machines/abc/lease", "ttl=13", "")) == "");
  CHECK(joined(validator.validate("GET", "/v1/apps/web/secrets", "version=3", "")) == "");
  CHECK(joined(validator.validate("POST", "/v1/apps", "wait=true",
                                  R"({"name":"web","org_slug":"personal","app_role_id":""})")) ==
        "");
  CHECK_FALSE(validator.validate("GET", "/v1/apps/web/secrets", "verson=3", "").empty());
}
