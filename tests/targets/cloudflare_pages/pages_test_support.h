// Shared by the Cloudflare Pages target tests: the Pages emulator on loopback with its time
// from a fake clock, and the real client stack pointed at it (libcurl, the retry decorator
// whose backoff sleeps on that clock, the transport, the client), over the GitHub Pages tests'
// Context (real files and processes, captured output) with the sandbox variables and a
// private XDG_CACHE_HOME in its environment. Plus small helpers: a site folder, a checked
// target spec from project-file text, and a full deploy through plan and apply.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "net/retry.h"
#include "raxol/target.h"
#include "sandbox/cloudflare_pages/pages_api.h"
#include "support/sandbox_fixture.h"
#include "targets/cloudflare_pages/api/pages_client.h"
#include "targets/github_pages/pages_test_support.h"

namespace raxol::test::cfp {

using cloudflare_pages::PagesClient;
using cloudflare_pages::PagesEndpoints;
using cloudflare_pages::PagesTransport;

class PagesWorld {
 public:
  // `emulator`: settings["cloudflare-pages"] (stage_ms 0 unless given).
  explicit PagesWorld(const nlohmann::json& emulator = nlohmann::json::object());

  Context& context() { return test_context_.context(); }
  FakeClock& clock() { return test_context_.clock(); }
  OverlayEnvironment& env() { return test_context_.env(); }
  SandboxFixture& box() { return box_; }
  PagesApi& api() { return api_; }
  PagesClient& client() { return *client_; }
  PagesTransport& transport() { return *transport_; }
  HttpClient& http() { return *retrying_; }
  std::string err() const { return test_context_.err(); }
  const std::filesystem::path& cache_home() const { return cache_.path(); }

  // The endpoints the target would read from this environment.
  PagesEndpoints endpoints() const;
  // A fault rule for the Pages emulator (service and method filled in).
  void fault(const std::string& method, const std::string& path, nlohmann::json rule);
  // Requests the emulator answered whose method is `method` ("" any) and whose path contains
  // `part`.
  int requests(const std::string& method, const std::string& part = "") const;
  // Requests that change something (not GET/HEAD), check-missing aside.
  int mutating_requests() const;
  void forget_requests();

 private:
  ghp::PagesTestContext test_context_;
  TempDir cache_;
  SandboxFixture box_;
  PagesApi api_;
  std::unique_ptr<HttpClient> curl_;
  std::unique_ptr<RetryingHttpClient> retrying_;
  std::unique_ptr<PagesTransport> transport_;
  std::unique_ptr<PagesClient> client_;
};

// Writes `files` (path -> content) under `dir`.
void write_site(const std::filesystem::path& dir, const std::map<std::string, std::string>& files);

// A cloudflare-pages target named "site" parsed from `toml` (the [targets.site] body) as
// raxol-deploy.toml and checked against the registry (defaults filled in).
Result<TargetSpec> pages_spec(const std::string& toml);

// Plans and applies a deploy of `dir` to `project` (branch `branch`, "" production) with the
// world's client; REQUIREs success and returns the outcome.
Outcome deploy_folder(PagesWorld& world, const std::string& project,
                      const std::filesystem::path& dir, const std::string& branch = "",
                      const std::string& commit = "c0ffee");

// A DeployRequest with text options.
DeployRequest deploy_request(const std::map<std::string, std::string>& options = {});

}  // namespace raxol::test::cfp
