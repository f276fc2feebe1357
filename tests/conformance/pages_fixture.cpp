// The Cloudflare Pages kind in the conformance suite: a one-page site whose text names its
// release, served by the emulator's production alias.
#include "conformance/conformance_fixture.h"

#include "support/run_binary.h"

namespace raxol::test::conformance {

namespace {
constexpr const char* kProject = "conformance-site";
}

void PagesFixture::write_project(const std::filesystem::path& dir) const {
  write_file(dir / "raxol-deploy.toml",
             std::string("[targets.pages]\nkind = \"cloudflare-pages\"\nproject = \"") + kProject +
                 "\"\ndirectory = \"site\"\nproduction_branch = \"main\"\n");
  prepare_release(dir, 1);
}

void PagesFixture::prepare_release(const std::filesystem::path& dir, int n) const {
  write_file(dir / "site" / "index.html", "release " + std::to_string(n));
}

std::map<std::string, std::string> PagesFixture::extra_env(const std::filesystem::path& dir) const {
  return {{"XDG_CACHE_HOME", (dir / ".cache").string()}};
}

int PagesFixture::serving(SandboxFixture& box) const {
  auto client = make_curl_http_client(CurlOptions{"raxol-test", false});
  auto site = client->send(HttpRequest(
      "GET", box.sandbox().base_url() + "/_sandbox/sites/" + kProject + ".pages.dev/"));
  if (!site.ok() || site->status != 200 || site->body.rfind("release ", 0) != 0) return 0;
  return std::stoi(site->body.substr(8));
}

nlohmann::json PagesFixture::retried_request() const {
  return {{"service", "cloudflare-pages"},
          {"method", "GET"},
          {"path", "/client/v4/accounts/*/pages/projects/*"}};
}

nlohmann::json PagesFixture::apply_fault() const {
  return {{"service", "cloudflare-pages"},
          {"method", "POST"},
          {"path", "/client/v4/accounts/*/pages/projects/*/deployments"},
          {"times", -1}};
}

}  // namespace raxol::test::conformance
