// Helpers for the fly.toml tests: load fixtures and compare our machine configs with flyctl's
// test vectors (tests/fixtures/reference/fly/conversion-cases.md).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "raxol/result.h"
#include "targets/fly/config/fly_toml.h"
#include "targets/fly/config/machine_config.h"

namespace raxol::fly::test {

// One of flyctl's appconfig testdata files; fails the test if it does not load.
LoadedFlyConfig load_reference(const std::string& name);
// fly.toml text named "fly.toml"; fails the test if it does not load.
LoadedFlyConfig parse(const std::string& text);
// The error loading `text` gives; fails the test if it loads.
Error parse_failure(const std::string& text);
// The error validating `text` gives (it must load); fails the test if it is valid.
Error validation_failure(const std::string& text, bool require_app = true);

// A flyctl vector made comparable: autostop booleans become "stop"/"off" (we send the OpenAPI
// string form) and fly_flyctl_version is dropped (each tool writes its own).
nlohmann::json flyctl_vector(const std::string& json_text);
// Our output made comparable the same way.
nlohmann::json comparable(nlohmann::json config);
// to_machine_config that must succeed, made comparable.
nlohmann::json convert(const FlyConfig& config, const std::string& group = "");

ConversionOptions test_options();

}  // namespace raxol::fly::test

// ---- Talking to the Fly emulator ------------------------------------------------------------

#include <chrono>
#include <future>
#include <memory>
#include <sstream>

#include "raxol/context.h"
#include "raxol/target.h"
#include "support/fake_clock.h"
#include "support/sandbox_fixture.h"
#include "system/terminal_ui.h"
#include "targets/fly/api/app_resources_client.h"
#include "targets/fly/api/machines_client.h"
#include "targets/fly/api/web_client.h"

namespace raxol::fly::test {

// A sandbox on a fake clock, a Context over real libcurl (behind the real retry decorator,
// which waits on the same clock), captured output, and the three Fly clients wired to the
// sandbox through the environment variables a user would export.
class FlyTestContext {
 public:
  explicit FlyTestContext(const nlohmann::json& settings = nlohmann::json::object());
  ~FlyTestContext();

  raxol::test::FakeClock& clock() { return clock_; }
  raxol::test::SandboxFixture& box() { return *box_; }
  Context& context() { return *context_; }
  OverlayEnvironment& env() { return env_; }
  FlyTransport& transport() { return *transport_; }
  MachinesClient& machines() { return *machines_; }
  WebClient& web() { return *web_; }
  AppResourcesClient& resources() { return *resources_; }
  std::string err() const { return err_.str(); }
  std::string out() const { return out_.str(); }

  // A Fly target (kind "fly", name "fly") for `fly_toml`, written to a fresh folder.
  std::unique_ptr<Target> target(const std::string& fly_toml);
  // Requests the emulator logged for `method` (any when empty) on paths starting with `prefix`.
  int count_requests(const std::string& method, const std::string& prefix);

 private:
  raxol::test::FakeClock clock_;
  std::unique_ptr<raxol::test::SandboxFixture> box_;
  std::unique_ptr<Environment> process_env_;
  OverlayEnvironment env_;
  std::unique_ptr<FileSystem> fs_;
  std::unique_ptr<ProcessRunner> processes_;
  std::unique_ptr<HttpClient> curl_;
  std::unique_ptr<HttpClient> http_;
  std::ostringstream out_, err_;
  std::istringstream in_;
  Redactor redactor_;
  std::unique_ptr<TerminalUi> ui_;
  CancelToken cancel_;
  std::unique_ptr<Context> context_;
  std::unique_ptr<FlyTransport> transport_;
  std::unique_ptr<MachinesClient> machines_;
  std::unique_ptr<WebClient> web_;
  std::unique_ptr<AppResourcesClient> resources_;
  std::vector<std::unique_ptr<raxol::test::TempDir>> dirs_;
  std::vector<std::unique_ptr<TargetSpec>> specs_;
};

// Runs `work` on another thread and moves `clock` on by `step` for every real millisecond
// until it is done: machine starts, checks and long polls then pass on the fake clock, and
// the test never sleeps through them.
template <class Work>
auto advancing(raxol::test::FakeClock& clock, Work&& work,
               std::chrono::milliseconds step = std::chrono::milliseconds(5)) {
  auto done = std::async(std::launch::async, std::forward<Work>(work));
  while (done.wait_for(std::chrono::milliseconds(1)) != std::future_status::ready)
    clock.advance(step);
  return done.get();
}

// An app with `count` started machines on `image` (created through the API, waited for).
std::vector<Machine> start_machines(FlyTestContext& fly, const std::string& app,
                                    const std::string& image, int count);

// Text option values as the command line would hand them over.
OptionValues options(const std::vector<std::pair<std::string, std::string>>& values);
// Sets a number option (--max-unavailable 2).
void set_number(OptionValues& values, const std::string& name, double number);

// Plans a deploy of `image` (plus `extra` kind options), with a short wait timeout so that a
// failing deploy gives up quickly on the fake clock.
Result<Plan> plan_image(Target& target, const std::string& image, OptionValues extra = {},
                        std::chrono::seconds wait_timeout = std::chrono::seconds(5));
// Applies `plan` while the clock advances.
Result<Outcome> apply_advancing(FlyTestContext& fly, Target& target, const Plan& plan);
// plan_image, then apply_advancing; REQUIREs the plan.
Result<Outcome> deploy(FlyTestContext& fly, Target& target, const std::string& image,
                       OptionValues extra = {},
                       std::chrono::seconds wait_timeout = std::chrono::seconds(5));
// The images of the app's machines (app machines only), sorted.
std::vector<std::string> machine_images(FlyTestContext& fly, const std::string& app);
// Mutating requests (POST, PUT, PATCH, DELETE) the emulator logged.
int mutating_requests(FlyTestContext& fly);
// Stops a machine as `fly machine stop` does (POST .../stop): raxol-deploy never stops
// machines itself (the Fly Proxy does), so the tests reach the API through the transport.
Status stop_machine(FlyTestContext& fly, const std::string& app, const std::string& id);

}  // namespace raxol::fly::test
