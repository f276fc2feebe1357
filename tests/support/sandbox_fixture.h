// A sandbox started in the test process, for end-to-end tests that run the real binary against
// it (through the same environment variables a user would export) and then inspect the
// emulated platform over HTTP.
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "raxol/clock.h"
#include "raxol/http.h"
#include "sandbox/sandbox.h"
#include "support/run_binary.h"

namespace raxol::test {

class SandboxFixture {
 public:
  // Starts a sandbox with `settings` merged over fast defaults (short machine timings). With a
  // `clock` (a test's FakeClock) the emulators take their time from it instead of the system
  // clock; it must outlive the fixture.
  explicit SandboxFixture(const nlohmann::json& settings = nlohmann::json::object(),
                          Clock* clock = nullptr);

  sandbox::Sandbox& sandbox() { return *sandbox_; }
  const std::filesystem::path& state_dir() const { return state_.path(); }
  // The variables that point raxol-deploy (and flyctl, wrangler...) at the sandbox.
  std::map<std::string, std::string> env() const;

  // Plain HTTP against the sandbox with the Fly token: GET/POST/DELETE a path.
  nlohmann::json fly_get(const std::string& path);
  HttpResponse fly_call(const std::string& method, const std::string& path,
                        const nlohmann::json& body = nullptr,
                        const std::vector<std::pair<std::string, std::string>>& headers = {});
  // Adds a fault rule (see src/sandbox/faults.h).
  void add_fault(const nlohmann::json& rule);
  void patch_settings(const nlohmann::json& settings);

  // App machines (fly_platform_version v2, not release/canary machines, not destroyed).
  std::vector<nlohmann::json> app_machines(const std::string& app);

 private:
  TempDir state_;
  std::unique_ptr<sandbox::Sandbox> sandbox_;
  std::unique_ptr<HttpClient> client_;
};

// A fresh project folder holding `fly_toml` as fly.toml (and nothing else).
void write_fly_project(const std::filesystem::path& dir, const std::string& fly_toml);

// A fly.toml for tests: app `app`, one http service with a /health check, region sjc,
// release_command when `release_command` is non-empty.
std::string test_fly_toml(const std::string& app, const std::string& release_command = "");

}  // namespace raxol::test
