// What the Machines API shows of a machine: image references parsed as Fly does, health checks
// whose status follows the emulator's clock (warning, then passing; critical for failing
// images), events newest first, and ?summary=true.
#include "sandbox/fly/machine_view.h"

#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;
using namespace raxol::sandbox::fly;
using std::chrono::milliseconds;

namespace {

json check_config(const std::string& image) {
  return {{"image", image},
          {"init", json::object()},
          {"checks", {{"alive", {{"type", "http"}, {"port", 8080}, {"path", "/up"}}}}},
          {"services",
           {{{"protocol", "tcp"},
             {"internal_port", 8080},
             {"autostop", "stop"},
             {"checks", {{{"type", "tcp"}, {"interval", "1s"}, {"timeout", "1s"}}}}}}}};
}

}  // namespace

TEST_CASE("fly machine view: image references as Fly parses them", "[sandbox][fly]") {
  auto fly_image = image_ref_of("registry.fly.io/web:deployment-01ABC");
  CHECK(fly_image["registry"] == "registry.fly.io");
  CHECK(fly_image["repository"] == "web");
  CHECK(fly_image["tag"] == "deployment-01ABC");
  CHECK(fly_image["digest"].get<std::string>().rfind("sha256:", 0) == 0);
  auto hub = image_ref_of("nginx");
  CHECK(hub["registry"] == "docker-hub-mirror.fly.io");
  CHECK(hub["repository"] == "library/nginx");
  CHECK(hub["tag"] == "latest");
  auto pinned = image_ref_of("localhost:5000/team/app@sha256:abc");
  CHECK(pinned["registry"] == "localhost:5000");
  CHECK(pinned["repository"] == "team/app");
  CHECK(pinned["digest"] == "sha256:abc");
  CHECK(image_ref_of("org/app:v2")["repository"] == "org/app");
  // The stand-in digest is stable for one reference and differs between references.
  CHECK(image_ref_of("nginx")["digest"] == hub["digest"]);
  CHECK(image_ref_of("nginx:1")["digest"] != hub["digest"]);
  // A manifest's real digest (the sandbox registry's) wins over both.
  CHECK(image_ref_of("localhost:5000/team/app@sha256:abc", "sha256:real")["digest"] ==
        "sha256:real");
}

TEST_CASE("fly machine view: the parts of an image reference", "[sandbox][fly]") {
  auto both = parse_image_reference("127.0.0.1:5000/team/app:v1@sha256:abc");
  CHECK(both.registry == "127.0.0.1:5000");
  CHECK(both.repository == "team/app");
  CHECK(both.tag == "v1");
  CHECK(both.digest == "sha256:abc");
  auto pinned = parse_image_reference("127.0.0.1:5000/app@sha256:abc");
  CHECK(pinned.tag.empty());
  CHECK(pinned.digest == "sha256:abc");
  auto bare = parse_image_reference("127.0.0.1:5000/app");
  CHECK(bare.repository == "app");
  CHECK(bare.tag.empty());
  CHECK(bare.digest.empty());
  CHECK(image_ref_of("127.0.0.1:5000/app")["tag"] == "latest");
}

TEST_CASE("fly machine view: check statuses from the record's timestamps", "[sandbox][fly]") {
  json record = {
      {"machine", {{"state", "started"}, {"private_ip", "fdaa::2"}, {"config", check_config("i")}}},
      {"events", json::array()},
      {"created_ms", 1000},
      {"started_ms", 2000},
      {"checks_pass_ms", 3000},
      {"checks_critical", false}};
  auto early = check_statuses(record, 2500);
  REQUIRE(early.size() == 2);
  CHECK(early[0]["name"] == "alive");
  CHECK(early[0]["status"] == "warning");
  CHECK(early[1]["name"] == "servicecheck-00-tcp-8080");
  auto later = check_statuses(record, 3000);
  CHECK(later[0]["status"] == "passing");
  CHECK(later[0]["output"] == "GET http://[fdaa::2]:8080/up: 200 OK");
  CHECK(later[1]["output"] == "tcp :8080: connection succeeded");
  CHECK(later[0]["updated_at"] == "1970-01-01T00:00:03Z");
  record["checks_critical"] = true;
  CHECK(check_statuses(record, 9000)[0]["status"] == "critical");
  record["machine"]["state"] = "stopped";
  CHECK(check_statuses(record, 9000)[1]["output"] == "the machine is not started");
  record["machine"]["config"] = {{"image", "i"}};
  CHECK(check_statuses(record, 9000).empty());
}

TEST_CASE("fly machine view: checks pass after check_ms, stay critical for failing images",
          "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json{{"fly", {{"check_ms", 500}}}}, &clock);
  fly.create_app("health");
  auto good =
      fly.create_machine("health", "", {{"config", check_config("registry.fly.io/web:v1")}});
  auto bad = fly.create_machine("health", "",
                                {{"config", check_config("registry.fly.io/web:fail-checks")}});
  const std::string good_path = "/v1/apps/health/machines/" + good["id"].get<std::string>();
  clock.advance(milliseconds(61));  // start_ms of the fast settings, plus the create's 1 ms
  auto early = fly.get(good_path).body;
  REQUIRE(early["state"] == "started");
  REQUIRE(early["checks"].size() == 2);
  CHECK(early["checks"][0]["status"] == "warning");
  CHECK(early["checks"][0]["output"] == "waiting for status update");
  clock.advance(milliseconds(499));
  CHECK(fly.get(good_path).body["checks"][0]["status"] == "warning");
  clock.advance(milliseconds(1));
  auto later = fly.get(good_path).body;
  for (const auto& check : later["checks"]) CHECK(check["status"] == "passing");
  CHECK(later["checks"][1]["name"] == "servicecheck-00-tcp-8080");
  auto failing = fly.get("/v1/apps/health/machines/" + bad["id"].get<std::string>()).body;
  for (const auto& check : failing["checks"]) CHECK(check["status"] == "critical");
  CHECK(failing["checks"][0]["output"].get<std::string>().find("failing_check_images") !=
        std::string::npos);

  // Events come newest first; a summary leaves out config, events and checks.
  CHECK(later["events"][0]["type"] == "start");
  CHECK(later["events"].back()["type"] == "launch");
  auto summary = fly.get("/v1/apps/health/machines?summary=true").body;
  REQUIRE(summary.size() == 2);
  CHECK_FALSE(summary[0].contains("config"));
  CHECK_FALSE(summary[0].contains("checks"));
  CHECK(summary[0].contains("image_ref"));
  fly.check_requests_conform();
}
