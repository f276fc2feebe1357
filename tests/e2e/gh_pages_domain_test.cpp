// The GitHub Pages custom domain through the real binary: `certs add` commits CNAME to the
// published branch and sets the site's cname, printing GitHub's A/AAAA (apex) or CNAME
// (subdomain) records; `certs check --wait` sees the certificate approved and then enforces
// HTTPS when the project asks; a deploy meanwhile does not trip over the missing certificate;
// `certs remove --yes` takes the domain off the branch and the site.
#include <catch2/catch.hpp>

#include "targets/github_pages/pages_e2e_support.h"

using namespace raxol;
using namespace raxol::test;
using namespace raxol::test::ghp;
using nlohmann::json;

namespace {

struct DomainProject {
  SandboxFixture box{fast_github({{"certificate_ms", 1500}})};
  GhPagesProject project{"octo/site", "", {{"index.html", "hi"}}};
  std::filesystem::path repo = sandbox_repo(box, "octo/site");
  std::unique_ptr<HttpClient> http = make_curl_http_client(CurlOptions{"raxol-test", false});

  BinaryResult run(const std::vector<std::string>& args) {
    return run_pages(box, project.dir.path(), args);
  }
  json site() {
    HttpRequest request("GET", box.env().at("GITHUB_API_URL") + "/repos/octo/site/pages");
    request.headers.emplace_back("Authorization", "Bearer " + box.env().at("GITHUB_TOKEN"));
    auto response = http->send(request);
    REQUIRE(response.ok());
    REQUIRE(response->status == 200);
    return json::parse(response->body);
  }
};

}  // namespace

TEST_CASE("gh-pages e2e: certs add an apex domain, check --wait enforces HTTPS, remove",
          "[e2e][gh-pages][domain]") {
  DomainProject p;
  auto deployed = p.run({"deploy", "gh-pages"});
  INFO(deployed.err);
  REQUIRE(deployed.exit_code == 0);
  const int commits = commit_count(p.repo, "gh-pages");

  auto added = p.run({"certs", "add", "gh-pages", "Example.com"});
  INFO(added.err);
  REQUIRE(added.exit_code == 0);
  for (const std::string address :
       {"185.199.108.153", "185.199.109.153", "185.199.110.153", "185.199.111.153",
        "2606:50c0:8000::153", "2606:50c0:8001::153", "2606:50c0:8002::153", "2606:50c0:8003::153"})
    CHECK(added.out.find(address) != std::string::npos);
  auto files = branch_files(p.repo, "gh-pages");
  CHECK(files.at("CNAME") == "example.com\n");
  CHECK(files.at("index.html") == "hi");
  CHECK(commit_count(p.repo, "gh-pages") == commits + 1);
  CHECK(git({"log", "-1", "--format=%s", "gh-pages"}, p.repo) == "custom domain: example.com");
  CHECK(p.site()["cname"] == "example.com");

  auto shown = p.run({"--json", "certs", "show", "gh-pages", "example.com"});
  REQUIRE(shown.exit_code == 0);
  auto info = json::parse(shown.out);
  CHECK(info["issued"] == false);
  CHECK((info["status"] == "new" || info["status"] == "authorization_created"));
  CHECK(info["dns_records"].size() == 8);

  // The project now asks for HTTPS: a deploy before the certificate exists does not fail on
  // GitHub's 404 but says it waits; the root publish keeps CNAME.
  write_file(p.project.dir / "raxol-deploy.toml",
             read_file(p.project.dir / "raxol-deploy.toml") + "https_enforced = true\n");
  write_file(p.project.site() / "index.html", "hi again");
  auto redeployed = p.run({"deploy", "gh-pages"});
  INFO(redeployed.err);
  REQUIRE(redeployed.exit_code == 0);
  CHECK(redeployed.err.find("https_enforced waits for the certificate of example.com") !=
        std::string::npos);
  CHECK(branch_files(p.repo, "gh-pages").at("CNAME") == "example.com\n");
  CHECK(p.site()["https_enforced"] == false);

  auto checked = p.run({"certs", "check", "gh-pages", "example.com", "--wait"});
  INFO(checked.err);
  REQUIRE(checked.exit_code == 0);
  CHECK(checked.err.find("certificate for example.com issued") != std::string::npos);
  CHECK(checked.err.find("HTTPS enforced for example.com") != std::string::npos);
  CHECK(p.site()["https_enforced"] == true);

  auto listed = p.run({"--json", "certs", "list", "gh-pages"});
  REQUIRE(listed.exit_code == 0);
  auto certificates = json::parse(listed.out)["certificates"];
  REQUIRE(certificates.size() == 1);
  CHECK(certificates[0]["hostname"] == "example.com");
  CHECK(certificates[0]["issued"] == true);
  CHECK(certificates[0]["expires_at"].get<std::string>().size() == 10);

  auto removed = p.run({"certs", "remove", "gh-pages", "example.com", "--yes"});
  INFO(removed.err);
  REQUIRE(removed.exit_code == 0);
  files = branch_files(p.repo, "gh-pages");
  CHECK(files.count("CNAME") == 0);
  CHECK(files.at("index.html") == "hi again");
  CHECK(p.site()["cname"].is_null());
  auto gone = p.run({"certs", "show", "gh-pages", "example.com"});
  CHECK(gone.exit_code == 1);
  CHECK(gone.err.find("example.com is not the custom domain of gh-pages (it has none)") !=
        std::string::npos);
  CHECK(p.run({"--json", "certs", "list", "gh-pages"}).out.find("example.com") ==
        std::string::npos);
}

TEST_CASE("gh-pages e2e: a subdomain gets a CNAME record - one domain per site - bad input",
          "[e2e][gh-pages][domain]") {
  DomainProject p;
  // Before Pages is enabled there is nothing to attach a domain to.
  create_sandbox_repo(p.box, "octo/site");
  auto early = p.run({"certs", "add", "gh-pages", "docs.example.com"});
  CHECK(early.exit_code == 1);
  CHECK(early.err.find("GitHub Pages is not enabled for octo/site") != std::string::npos);
  REQUIRE(p.run({"deploy", "gh-pages"}).exit_code == 0);

  auto added = p.run({"--json", "certs", "add", "gh-pages", "docs.example.com"});
  INFO(added.err);
  REQUIRE(added.exit_code == 0);
  auto records = json::parse(added.out)["dns_records"];
  REQUIRE(records.size() == 1);
  CHECK(records[0] == json{{"type", "CNAME"},
                           {"name", "docs.example.com"},
                           {"value", "octo.github.io"},
                           {"purpose", "traffic"}});
  CHECK(branch_files(p.repo, "gh-pages").at("CNAME") == "docs.example.com\n");
  // Adding it again changes nothing on the branch.
  const int commits = commit_count(p.repo, "gh-pages");
  REQUIRE(p.run({"certs", "add", "gh-pages", "docs.example.com"}).exit_code == 0);
  CHECK(commit_count(p.repo, "gh-pages") == commits);

  auto second = p.run({"certs", "add", "gh-pages", "www.example.com"});
  CHECK(second.exit_code == 6);  // conflict
  CHECK(second.err.find("already has the custom domain docs.example.com") != std::string::npos);
  auto url = p.run({"certs", "add", "gh-pages", "https://docs.example.com/"});
  CHECK(url.exit_code == 2);
  auto other = p.run({"certs", "remove", "gh-pages", "www.example.com", "--yes"});
  CHECK(other.exit_code == 1);
  CHECK(branch_files(p.repo, "gh-pages").at("CNAME") == "docs.example.com\n");
}
