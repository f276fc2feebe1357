// The custom domain of a GitHub Pages site: certificate states in our words, and the domain
// set, read and removed through the Pages API of the GitHub emulator.
#include "targets/github_pages/domain/pages_domain.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/api/github_endpoints.h"
#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::github_pages;
using namespace raxol::test::ghp;

namespace {
// The facet over the emulator's Pages site of octo/site. The CNAME commit is the target's
// publisher (tested through the target in pages_facet_ops_test.cpp); here it is recorded.
struct Domain {
  GitHubWorld world;
  PagesSettings settings;
  std::unique_ptr<PagesClient> client;
  std::vector<std::string> commits;  // the domains the facet asked to commit as CNAME
  std::unique_ptr<PagesDomain> facet;
  explicit Domain(bool with_site = true) {
    world.seed("octo/site", "gh-pages", {{"index.html", "1"}});
    client = std::make_unique<PagesClient>(world.http(), endpoints_from_environment(world.env()),
                                           "octo", "site");
    if (with_site) REQUIRE(client->create_site("gh-pages", "/").ok());
    make();
  }
  void make() {
    facet = std::make_unique<PagesDomain>(
        world.context(), "docs", settings, client.get(), std::nullopt, "octo",
        [this](const std::string& domain, const std::string&) -> Result<PushOutcome> {
          commits.push_back(domain);
          PushOutcome pushed;
          pushed.commit = "c0ffee";
          return pushed;
        });
  }
};
}  // namespace

TEST_CASE("gh-pages domain: certificate states map to issued - failed or GitHub's word",
          "[gh-pages][domain]") {
  auto status = [](const std::string& state) {
    PagesCertificate certificate;
    certificate.state = state;
    return certificate_status(certificate);
  };
  CHECK(status("approved") == "issued");
  CHECK(status("issued") == "issued");
  CHECK(status("errored") == "failed");
  CHECK(status("bad_authz") == "failed");
  CHECK(status("authorization_created") == "authorization_created");
  CHECK(status("") == "pending");
}

TEST_CASE("gh-pages domain facet: add - show - check - list and remove against the emulator",
          "[gh-pages][domain]") {
  Domain d;
  d.settings.https_enforced = true;
  auto added = d.facet->add_certificate("Docs.Example.com");
  INFO((added.ok() ? "" : added.error().message));
  REQUIRE(added.ok());
  CHECK(added->hostname == "docs.example.com");
  CHECK(d.commits == std::vector<std::string>{"docs.example.com"});
  CHECK(added->details["commit"] == "c0ffee");
  REQUIRE(added->dns_records.size() == 1);
  CHECK(added->dns_records[0].value == "octo.github.io");
  CHECK(d.client->get_site().value()->cname == "docs.example.com");

  auto shown = d.facet->show_certificate("docs.example.com");
  REQUIRE(shown.ok());
  CHECK(shown->issued);  // the emulator approves at once here
  auto checked = d.facet->check_certificate("docs.example.com");
  REQUIRE(checked.ok());
  CHECK(checked->details["https_enforced"] == true);  // enforced now that it is approved
  CHECK(d.client->get_site().value()->https_enforced);
  CHECK(d.facet->list_certificates().value().size() == 1);

  auto other = d.facet->add_certificate("www.example.org");
  REQUIRE_FALSE(other.ok());
  CHECK(other.error().kind == ErrorKind::conflict);
  CHECK(d.facet->show_certificate("www.example.org").error().kind == ErrorKind::not_found);

  REQUIRE(d.facet->remove_certificate("docs.example.com").ok());
  CHECK(d.commits.back().empty());  // CNAME removed from the branch
  CHECK(d.client->get_site().value()->cname.empty());
  CHECK(d.facet->list_certificates().value().empty());
}

TEST_CASE("gh-pages domain facet: a cname setting - no site and no REST API are refused",
          "[gh-pages][domain]") {
  Domain d;
  d.settings.cname = "set.example.com";
  auto refused = d.facet->add_certificate("other.example.com");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::config);
  CHECK(refused.error().message.find("targets.docs.cname is \"set.example.com\"") == 0);
  CHECK(d.commits.empty());
  CHECK(d.facet->add_certificate("not a domain").error().kind == ErrorKind::usage);

  Domain bare(false);
  auto no_site = bare.facet->add_certificate("docs.example.com");
  REQUIRE_FALSE(no_site.ok());
  CHECK(no_site.error().message == "GitHub Pages is not enabled for octo/site (deploy docs first)");

  PagesTestContext test;
  PagesSettings settings;
  PagesDomain unavailable(test.context(), "docs", settings, nullptr,
                          make_error(ErrorKind::auth, "no GITHUB_TOKEN"), "octo", nullptr);
  CHECK(unavailable.list_certificates().error().message == "no GITHUB_TOKEN");
}
