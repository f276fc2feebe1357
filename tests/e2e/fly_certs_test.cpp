// Fly custom domains end to end: certs add prints the DNS records from the app's addresses,
// check --wait reaches an issued certificate after the emulator's delay, remove needs --yes.
#include <catch2/catch.hpp>

#include "e2e/fly_e2e_helpers.h"

using namespace raxol::test;
using nlohmann::json;

namespace {
std::set<std::string> app_addresses(SandboxFixture& box, const std::string& app) {
  std::set<std::string> addresses;
  const json listed = box.fly_get("/v1/apps/" + app + "/ip_assignments");
  for (const auto& ip : listed["ips"])
    addresses.insert(ip.value("ip", ""));
  return addresses;
}
}  // namespace

TEST_CASE("fly certs: add prints records, check --wait reaches issued, remove", "[e2e][fly][certs]") {
  SandboxFixture box(json{{"fly", {{"cert_issue_ms", 1200}}}});
  FlyProject project("shop");
  REQUIRE(run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/shop:v1"})
              .exit_code == 0);
  auto addresses = app_addresses(box, project.app);
  REQUIRE(addresses.size() == 2);

  auto added = run_cli_in(box, project, {"--json", "certs", "add", "fly", "raxol.io"});
  INFO(added.err);
  REQUIRE(added.exit_code == 0);
  auto info = json::parse(added.out);
  CHECK(info["hostname"] == "raxol.io");
  CHECK(info["issued"] == false);
  std::set<std::string> a_values;
  bool challenge = false, cname = false;
  for (const auto& record : info["dns_records"]) {
    if (record["type"] == "A" || record["type"] == "AAAA") a_values.insert(record["value"]);
    if (record["name"] == "_acme-challenge.raxol.io") challenge = true;
    if (record["type"] == "CNAME" && record["name"] == "raxol.io") cname = true;
  }
  CHECK(a_values == addresses);  // A and AAAA point at the app's own addresses
  CHECK(challenge);
  CHECK_FALSE(cname);  // an apex cannot be a CNAME

  // Human output names the records too.
  auto shown = run_cli_in(box, project, {"certs", "show", "fly", "raxol.io"});
  REQUIRE(shown.exit_code == 0);
  CHECK(shown.out.find("Set these DNS records") != std::string::npos);
  for (const auto& address : addresses) CHECK(shown.out.find(address) != std::string::npos);

  // A subdomain can use a CNAME to the app's fly.dev host instead.
  auto www = run_cli_in(box, project, {"--json", "certs", "add", "fly", "www.raxol.io"});
  REQUIRE(www.exit_code == 0);
  bool www_cname = false;
  const json www_info = json::parse(www.out);
  for (const auto& record : www_info["dns_records"])
    www_cname = www_cname || (record["type"] == "CNAME" && record["value"] == "shop.fly.dev");
  CHECK(www_cname);

  auto checked = run_cli_in(box, project, {"--json", "certs", "check", "fly", "raxol.io", "--wait",
                                           "--wait-timeout", "30s"});
  INFO(checked.err);
  REQUIRE(checked.exit_code == 0);
  auto issued = json::parse(checked.out);
  CHECK(issued["issued"] == true);
  CHECK(issued["status"] == "issued");
  CHECK_FALSE(issued["expires_at"].get<std::string>().empty());

  auto listed = run_cli_in(box, project, {"--json", "certs", "list", "fly"});
  REQUIRE(listed.exit_code == 0);
  CHECK(json::parse(listed.out)["certificates"].size() == 2);

  auto refused = run_cli_in(box, project, {"certs", "remove", "fly", "raxol.io"});
  CHECK(refused.exit_code == 2);
  auto removed = run_cli_in(box, project, {"certs", "remove", "fly", "raxol.io", "--yes"});
  INFO(removed.err);
  REQUIRE(removed.exit_code == 0);
  auto after = box.fly_call("GET", "/v1/apps/shop/certificates/raxol.io");
  CHECK(after.status == 404);
}

TEST_CASE("fly certs: an app without addresses gets them - bad names and timeouts are clear",
          "[e2e][fly][certs]") {
  SandboxFixture box(json{{"fly", {{"cert_issue_ms", 60000}}}});
  FlyProject project("bare");
  REQUIRE(box.fly_call("POST", "/v1/apps", {{"name", "bare"}, {"org_slug", "personal"}}).status <
          300);
  REQUIRE(app_addresses(box, "bare").empty());

  auto added = run_cli_in(box, project, {"--json", "certs", "add", "fly", "bare.example.com"});
  INFO(added.err);
  REQUIRE(added.exit_code == 0);
  CHECK(app_addresses(box, "bare").size() == 2);  // a shared IPv4 and an IPv6

  auto bad = run_cli_in(box, project, {"certs", "add", "fly", "not a domain"});
  CHECK(bad.exit_code == 2);

  auto slow = run_cli_in(box, project, {"certs", "check", "fly", "bare.example.com", "--wait",
                                        "--wait-timeout", "2s"});
  CHECK(slow.exit_code != 0);
  CHECK(slow.err.find("bare.example.com") != std::string::npos);

  auto missing = run_cli_in(box, project, {"certs", "show", "fly", "other.example.com"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("404") != std::string::npos);
}
