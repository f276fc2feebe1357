// A sandbox with fast Fly timings for the emulator tests, spoken to over real loopback HTTP
// with the real libcurl client, plus a check that every Machines API request a test sent
// conforms to the OpenAPI spec.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "raxol/http.h"
#include "sandbox/sandbox.h"
#include "support/fake_clock.h"
#include "support/openapi_validator.h"
#include "support/run_binary.h"

namespace raxol::test::fly {

using nlohmann::json;

inline const std::string kToken = "sandbox-fly-token";

struct Reply {
  int status = 0;
  json body;  // null when the body is empty or not JSON
  HttpHeaders headers;
  std::string text;
  std::optional<std::string> header(std::string_view name) const {
    return find_header(headers, name);
  }
};

class FlySandbox {
 public:
  // Fast timings (start 60 ms, stop 40 ms, checks 100 ms, ...) merged with `settings`. With
  // a `clock` (a FakeClock) the emulator's time moves only when the test moves it.
  explicit FlySandbox(const json& settings = json::object(), raxol::Clock* clock = nullptr);
  ~FlySandbox();

  // Sends a request with the sandbox token (`token` empty: no Authorization header).
  Reply send(const std::string& method, const std::string& path, const json& body = nullptr,
             HttpHeaders headers = {}, const std::string& token = kToken);
  Reply get(const std::string& path) { return send("GET", path); }
  Reply post(const std::string& path, const json& body = nullptr, HttpHeaders headers = {}) {
    return send("POST", path, body, std::move(headers));
  }
  Reply del(const std::string& path, HttpHeaders headers = {}) {
    return send("DELETE", path, nullptr, std::move(headers));
  }

  // Creates an app; the machine helpers return the Machine JSON.
  void create_app(const std::string& name);
  json create_machine(const std::string& app, const std::string& image,
                      json extra = json::object());
  // GET .../wait?state=STATE&timeout=10 (+ `query`), requiring 200.
  json wait_for(const std::string& app, const std::string& id, const std::string& state,
                const std::string& query = "");
  // GET `path` (a long poll) on another connection while moving `clock` on by `step` until
  // the answer comes: how a test makes a wait end without sleeping through it.
  Reply get_advancing(FakeClock& clock, const std::string& path,
                      std::chrono::milliseconds step = std::chrono::milliseconds(100));

  // Stops this sandbox and starts a new one on the same state directory.
  void restart();
  // Every /v1/ request answered since the last call conforms to the spec; clears the log.
  void check_requests_conform(OpenApiOptions options = {});

  sandbox::Sandbox& box() { return *box_; }
  const std::filesystem::path& state_dir() const { return dir_.path(); }

 private:
  TempDir dir_;
  raxol::Clock* clock_;
  std::unique_ptr<sandbox::Sandbox> box_;
  std::unique_ptr<HttpClient> client_;
};

// The spec the Machines API requests are checked against.
std::filesystem::path machines_spec_path();

}  // namespace raxol::test::fly
