// The GitHub Pages target's facets, against the GitHub emulator: repository secrets through
// secrets(), and the custom domain through certificates(), whose CNAME is committed to the
// branch by the target's own publisher.
#include <catch2/catch.hpp>

#include "raxol/facets.h"
#include "targets/github_pages/github_pages_target.h"
#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::test;
using namespace raxol::test::ghp;

TEST_CASE("gh-pages facets: secrets and a custom domain through the target", "[gh-pages][facets]") {
  GitHubWorld world;
  TempDir project;
  InDirectory in(project.path());
  write_file(project / "site" / "index.html", "v1");
  auto target = open_docs_target(world.context(), "repository = \"octo/site\"\ndirectory = \"site\"\n");
  REQUIRE(target.ok());
  deploy_docs(world.context(), **target);

  SecretsFacet* secrets = (*target)->secrets();
  REQUIRE(secrets != nullptr);
  SecretsRequest set;
  set.values = {{"DEPLOY_KEY", "k-value"}};
  REQUIRE(secrets->set_secrets(set).ok());
  CHECK(secrets->list_secrets("").value().size() == 1);

  CertificatesFacet* domains = (*target)->certificates();
  REQUIRE(domains != nullptr);
  auto added = domains->add_certificate("docs.example.com");
  INFO((added.ok() ? "" : added.error().message));
  REQUIRE(added.ok());
  const auto repo = world.github().repo("octo/site");
  CHECK(branch_files(repo, "gh-pages").at("CNAME") == "docs.example.com\n");
  CHECK(branch_files(repo, "gh-pages").at("index.html") == "v1");  // only CNAME changed
  REQUIRE(domains->remove_certificate("docs.example.com").ok());
  CHECK(branch_files(repo, "gh-pages").count("CNAME") == 0);
}

TEST_CASE("gh-pages facets: without a token the REST facets say so", "[gh-pages][facets]") {
  GitHubWorld world;
  world.env().set("GITHUB_TOKEN", std::nullopt);
  world.env().set("GH_TOKEN", std::nullopt);
  TempDir project;
  InDirectory in(project.path());
  auto target = open_docs_target(world.context(), "repository = \"octo/site\"\ndirectory = \"site\"\n");
  REQUIRE(target.ok());
  auto listed = (*target)->secrets()->list_secrets("");
  REQUIRE_FALSE(listed.ok());
  CHECK(listed.error().kind == ErrorKind::auth);
  CHECK((*target)->certificates()->list_certificates().error().kind == ErrorKind::auth);
  CHECK(world.requests("") == 0);
}
