// `certs add|check|show|list|remove pages DOMAIN` against the emulator with the real binary:
// the CNAME record to set, validation that completes after the emulator's delay, and the
// domain gone after remove.
#include <catch2/catch.hpp>

#include "e2e/pages_e2e_helpers.h"
#include "sandbox/cloudflare_pages/pages_api.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("pages e2e: certs add, check --wait, list and remove a custom domain",
          "[e2e][pages][pages-domains]") {
  SandboxFixture box(json{{"cloudflare-pages", {{"domain_active_ms", 1500}}}});
  PagesApi api(box);
  PagesProject project;
  api.create_project(project.name);
  const std::string domains = api.projects() + "/" + project.name + "/domains";

  auto added = run_pages(box, project, {"certs", "add", "pages", "www.example.com"});
  INFO(added.err);
  REQUIRE(added.exit_code == 0);
  CHECK(added.out.find("pending") != std::string::npos);
  CHECK(added.out.find("CNAME") != std::string::npos);
  CHECK(added.out.find("raxol-playground.pages.dev") != std::string::npos);
  CHECK(added.out.find("TXT") == std::string::npos);  // http validation: nothing else to set
  CHECK(api.call("GET", domains + "/www.example.com").body["result"]["status"] == "pending");

  auto again = run_pages(box, project, {"certs", "add", "pages", "www.example.com"});
  CHECK(again.exit_code == 1);
  CHECK(again.err.find("already added this custom domain") != std::string::npos);

  auto waited = run_pages(box, project, {"certs", "check", "pages", "www.example.com", "--wait",
                                         "--wait-timeout", "20s"});
  INFO(waited.err);
  REQUIRE(waited.exit_code == 0);
  CHECK(api.call("GET", domains + "/www.example.com").body["result"]["status"] == "active");
  size_t retries = 0;
  for (const auto& entry : pages_requests(box, "/domains/www.example.com"))
    retries += entry.method == "PATCH" ? 1 : 0;
  CHECK(retries >= 1);  // check asks the service to look again

  auto shown = json::parse(
      run_pages(box, project, {"--json", "certs", "show", "pages", "www.example.com"}).out);
  CHECK(shown["issued"] == true);
  CHECK(shown["status"] == "issued");
  CHECK(shown["details"]["domain_status"] == "active");
  REQUIRE(shown["dns_records"].size() == 1);
  CHECK(shown["dns_records"][0] == json{{"type", "CNAME"},
                                        {"name", "www.example.com"},
                                        {"value", "raxol-playground.pages.dev"},
                                        {"purpose", "traffic"}});

  auto list = run_pages(box, project, {"certs", "list", "pages"});
  REQUIRE(list.exit_code == 0);
  CHECK(list.out.find("www.example.com") != std::string::npos);
  CHECK(list.out.find("issued") != std::string::npos);

  auto removed = run_pages(box, project, {"certs", "remove", "pages", "www.example.com", "--yes"});
  INFO(removed.err);
  REQUIRE(removed.exit_code == 0);
  CHECK(api.call("GET", domains + "/www.example.com").status == 404);
  auto empty = run_pages(box, project, {"certs", "list", "pages"});
  CHECK(empty.out.find("no custom domains") != std::string::npos);
  auto unknown = run_pages(box, project, {"certs", "show", "pages", "www.example.com"});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("HTTP 404") != std::string::npos);
}

TEST_CASE("pages e2e: TXT validation records, and a domain that fails validation",
          "[e2e][pages][pages-domains]") {
  SandboxFixture box(json{{"cloudflare-pages",
                           {{"domain_active_ms", 200},
                            {"domain_validation_method", "txt"},
                            {"failing_domains", {"broken.example.com"}}}}});
  PagesApi api(box);
  PagesProject project;
  api.create_project(project.name);

  auto added = json::parse(
      run_pages(box, project, {"--json", "certs", "add", "pages", "docs.example.com"}).out);
  REQUIRE(added["dns_records"].size() == 2);
  CHECK(added["dns_records"][1]["type"] == "TXT");
  CHECK(added["dns_records"][1]["name"] == "_cf-custom-hostname.docs.example.com");
  CHECK_FALSE(added["dns_records"][1]["value"].get<std::string>().empty());

  REQUIRE(run_pages(box, project, {"certs", "add", "pages", "broken.example.com"}).exit_code == 0);
  auto failed = run_pages(box, project, {"certs", "check", "pages", "broken.example.com", "--wait",
                                         "--wait-timeout", "20s"});
  CHECK(failed.exit_code == 1);
  CHECK(failed.err.find("failed") != std::string::npos);
}
