// The Fly emulator's app-level resources: secrets, certificates, IP assignments, volumes,
// plus machine exec and metadata.
#include <catch2/catch.hpp>
#include <thread>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;

TEST_CASE("fly emulator: secrets set, list without values, unset, and versions increase",
          "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("vault");
  auto set = fly.post("/v1/apps/vault/secrets",
                      {{"values", {{"DATABASE_URL", "postgres://x"}, {"API_KEY", "k1"}}}});
  REQUIRE(set.status == 200);
  CHECK(set.body["version"] == 1);
  auto listed = fly.get("/v1/apps/vault/secrets");
  REQUIRE(listed.body["secrets"].size() == 2);
  CHECK(listed.text.find("postgres://x") == std::string::npos);
  const auto& first = listed.body["secrets"][0];
  CHECK(first["name"] == "API_KEY");
  CHECK(first["digest"].get<std::string>().size() == 16);
  CHECK_FALSE(first.contains("value"));
  CHECK(fly.get("/v1/apps/vault/secrets?show_secrets=true").body["secrets"][1]["value"] ==
        "postgres://x");

  // A changed value changes the digest; null unsets.
  auto changed = fly.post("/v1/apps/vault/secrets",
                          {{"values", {{"API_KEY", "k2"}, {"DATABASE_URL", nullptr}}}});
  CHECK(changed.body["version"] == 2);
  REQUIRE(changed.body["secrets"].size() == 1);
  CHECK(changed.body["secrets"][0]["digest"] != first["digest"]);

  auto one = fly.post("/v1/apps/vault/secrets/TOKEN", {{"value", "t"}});
  CHECK(one.status == 201);
  CHECK(one.body["version"] == 3);
  CHECK(fly.get("/v1/apps/vault/secrets/TOKEN").body["name"] == "TOKEN");
  CHECK(fly.get("/v1/apps/vault/secrets?min_version=3").body["secrets"].size() == 2);
  CHECK(fly.del("/v1/apps/vault/secrets/TOKEN").body["version"] == 4);
  CHECK(fly.get("/v1/apps/vault/secrets/TOKEN").status == 404);
  CHECK(fly.post("/v1/apps/vault/secrets", {{"values", {{"BAD-NAME", "x"}}}}).status == 400);
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: certificates go from pending to active after cert_issue_ms",
          "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("site");
  fly.post("/v1/apps/site/ip_assignments", {{"type", "v6"}});
  fly.post("/v1/apps/site/ip_assignments", {{"type", "shared_v4"}});
  auto created = fly.post("/v1/apps/site/certificates/acme", {{"hostname", "www.example.com"}});
  REQUIRE(created.status == 201);
  CHECK(created.body["status"] == "awaiting_configuration");
  CHECK(created.body["certificates"][0]["status"] == "pending_validation");
  const auto& dns = created.body["dns_requirements"];
  CHECK(dns["a"][0].get<std::string>().rfind("66.241.124.", 0) == 0);
  CHECK(dns["aaaa"][0].get<std::string>().rfind("2a09:8280:1::", 0) == 0);
  CHECK(dns["cname"] == "site.fly.dev");
  CHECK(dns["acme_challenge"]["name"] == "_acme-challenge.www.example.com");
  CHECK(dns["acme_challenge"]["target"].get<std::string>().find(".flydns.net") !=
        std::string::npos);

  CHECK(fly.post("/v1/apps/site/certificates/acme", {{"hostname", "not a host"}}).status == 422);
  CHECK(fly.get("/v1/apps/site/certificates/nope.example.com").status == 404);

  std::this_thread::sleep_for(std::chrono::milliseconds(450));
  auto checked = fly.post("/v1/apps/site/certificates/www.example.com/check");
  REQUIRE(checked.status == 200);
  CHECK(checked.body["status"] == "active");
  CHECK(checked.body["certificates"][0]["status"] == "active");
  CHECK(checked.body["certificates"][0]["issued"].size() == 2);
  CHECK(checked.body["dns_records"]["a"].size() == 1);
  auto listed = fly.get("/v1/apps/site/certificates?limit=10");
  CHECK(listed.body["total_count"] == 1);
  CHECK(listed.body["certificates"][0]["hostname"] == "www.example.com");
  CHECK(fly.del("/v1/apps/site/certificates/www.example.com").status == 204);
  CHECK(fly.get("/v1/apps/site/certificates").body["total_count"] == 0);
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: IP assignments and volumes", "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("net");
  auto v4 = fly.post("/v1/apps/net/ip_assignments", {{"type", "v4"}, {"region", "ams"}});
  REQUIRE(v4.status == 200);
  CHECK(v4.body["shared"] == false);
  CHECK(fly.post("/v1/apps/net/ip_assignments", {{"type", "v5"}}).status == 400);
  CHECK(fly.get("/v1/apps/net/ip_assignments").body["ips"].size() == 1);
  CHECK(fly.del("/v1/apps/net/ip_assignments/" + v4.body["ip"].get<std::string>()).status == 204);
  CHECK(fly.get("/v1/apps/net/ip_assignments").body["ips"].empty());

  auto volume =
      fly.post("/v1/apps/net/volumes", {{"name", "data"}, {"region", "ams"}, {"size_gb", 3}});
  REQUIRE(volume.status == 200);
  const std::string volume_id = volume.body["id"];
  CHECK(volume_id.rfind("vol_", 0) == 0);
  json config = {{"image", "registry.fly.io/net:v1"},
                 {"init", json::object()},
                 {"mounts", {{{"name", "data"}, {"path", "/data"}}}}};
  auto machine = fly.create_machine("net", "", {{"config", config}});
  CHECK(fly.get("/v1/apps/net/volumes/" + volume_id).body["attached_machine_id"] == machine["id"]);
  CHECK(fly.del("/v1/apps/net/volumes/" + volume_id).status == 412);
  fly.del("/v1/apps/net/machines/" + machine["id"].get<std::string>() + "?force=true");
  fly.wait_for("net", machine["id"], "destroyed");
  CHECK(fly.del("/v1/apps/net/volumes/" + volume_id).status == 200);
  CHECK(fly.get("/v1/apps/net/volumes").body.empty());
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: exec and metadata", "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("ops");
  const std::string id = fly.create_machine("ops", "registry.fly.io/ops:v1")["id"];
  const std::string base = "/v1/apps/ops/machines/" + id;
  CHECK(fly.post(base + "/exec", {{"command", {"echo", "hi"}}}).status == 412);  // not started
  fly.wait_for("ops", id, "started");
  auto echo = fly.post(base + "/exec", {{"command", {"echo", "hello", "world"}}, {"timeout", 5}});
  CHECK(echo.body["exit_code"] == 0);
  CHECK(echo.body["stdout"] == "hello world\n");
  CHECK(fly.post(base + "/exec", {{"cmd", "/app/bin/migrate"}}).body["stdout"] ==
        "migrations complete\n");
  CHECK(fly.post(base + "/exec", {{"command", {"ls"}}}).body["stdout"] == "sandbox: ran ls\n");
  fly.send("PATCH", "/__sandbox/settings", {{"fly", {{"exec_exit_code", 3}}}});
  CHECK(fly.post(base + "/exec", {{"command", {"false"}}}).body["exit_code"] == 3);

  CHECK(fly.post(base + "/metadata/role", {{"value", "primary"}}).status == 204);
  CHECK(fly.get(base + "/metadata/role").body["value"] == "primary");
  CHECK(fly.send("PATCH", base + "/metadata", {{"metadata", {{"tier", "web"}}}}).status == 204);
  auto all = fly.get(base + "/metadata").body;
  CHECK(all["role"] == "primary");
  CHECK(all["tier"] == "web");
  CHECK(fly.del(base + "/metadata/role").status == 204);
  CHECK(fly.get(base + "/metadata/role").status == 404);
  CHECK(fly.send("PUT", base + "/metadata", {{"metadata", {{"only", "this"}}}}).status == 204);
  CHECK(fly.get(base + "/metadata").body == json{{"only", "this"}});
  fly.check_requests_conform();
}
