#include "support/sandbox_fixture.h"

#include <catch2/catch.hpp>

namespace raxol::test {

SandboxFixture::SandboxFixture(const nlohmann::json& settings, Clock* clock) {
  // The emulator's order is kept: a crash image dies (crash_ms) before its checks could pass
  // (check_ms), so no poll can ever catch it healthy, however the test threads are scheduled.
  nlohmann::json merged = {{"fly",
                            {{"start_ms", 150},
                             {"stop_ms", 50},
                             {"check_ms", 100},
                             {"crash_ms", 50},
                             {"release_command_ms", 100},
                             {"cert_issue_ms", 300}}}};
  merged.merge_patch(settings);
  write_file(state_.path() / "settings.json", merged.dump());
  auto started = sandbox::Sandbox::start({state_.path(), "127.0.0.1", 0, clock});
  REQUIRE(started.ok());
  sandbox_ = std::move(started).value();
  client_ = make_curl_http_client(CurlOptions{"raxol-test", false});
}

std::map<std::string, std::string> SandboxFixture::env() const {
  auto env = sandbox_->environment();
  env["RAXOL_SANDBOX_STATE"] = state_.path().string();
  return env;
}

HttpResponse SandboxFixture::fly_call(
    const std::string& method, const std::string& path, const nlohmann::json& body,
    const std::vector<std::pair<std::string, std::string>>& headers) {
  HttpRequest request(method, sandbox_->base_url() + path);
  request.headers = {{"Authorization", "Bearer " + env().at("FLY_API_TOKEN")}};
  for (const auto& header : headers) request.headers.push_back(header);
  if (!body.is_null()) {
    request.body = body.dump();
    request.headers.emplace_back("Content-Type", "application/json");
  }
  auto response = client_->send(request);
  REQUIRE(response.ok());
  return *response;
}

nlohmann::json SandboxFixture::fly_get(const std::string& path) {
  auto response = fly_call("GET", path);
  INFO(path << " -> " << response.status << " " << response.body);
  REQUIRE(response.status == 200);
  return nlohmann::json::parse(response.body);
}

void SandboxFixture::add_fault(const nlohmann::json& rule) { sandbox_->faults().add(rule); }

void SandboxFixture::patch_settings(const nlohmann::json& settings) {
  sandbox_->settings().update([&](nlohmann::json& document) {
    document.merge_patch(settings);
    return true;
  });
}

std::vector<nlohmann::json> SandboxFixture::app_machines(const std::string& app) {
  std::vector<nlohmann::json> machines;
  for (const auto& machine : fly_get("/v1/apps/" + app + "/machines")) {
    const auto& metadata = machine["config"].value("metadata", nlohmann::json::object());
    std::string group = metadata.value("fly_process_group", "");
    std::string state = machine.value("state", "");
    if (metadata.value("fly_platform_version", "") != "v2") continue;
    if (group.rfind("fly_app_", 0) == 0 || metadata.contains("fly_canary")) continue;
    if (state == "destroyed" || state == "destroying") continue;
    machines.push_back(machine);
  }
  return machines;
}

void write_fly_project(const std::filesystem::path& dir, const std::string& fly_toml) {
  write_file(dir / "fly.toml", fly_toml);
}

std::string test_fly_toml(const std::string& app, const std::string& release_command) {
  std::string text = "app = \"" + app + "\"\nprimary_region = \"sjc\"\n\n";
  if (!release_command.empty())
    text += "[deploy]\n  release_command = \"" + release_command + "\"\n\n";
  text += R"([env]
  PORT = "8080"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = "stop"
  auto_start_machines = true
  min_machines_running = 0

  [[http_service.checks]]
    grace_period = "1s"
    interval = "5s"
    method = "GET"
    timeout = "2s"
    path = "/health"

[[vm]]
  memory = "1gb"
  cpu_kind = "shared"
  cpus = 1
)";
  return text;
}

}  // namespace raxol::test
