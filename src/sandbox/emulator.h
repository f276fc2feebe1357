// One emulated service (Fly Machines, Cloudflare Pages, GitHub). Emulators speak the real
// service's paths, JSON fields, status codes and error envelopes; the Sandbox hosts them all on
// one loopback port and adds what they share: fault injection, latency, the request log.
#pragma once

#include <httplib.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sandbox/state_file.h"

namespace raxol::sandbox {

// What every emulator is built with.
struct EmulatorEnvironment {
  std::filesystem::path state_dir;  // the emulator keeps its files under state_dir/<name>...
  std::string base_url;             // "http://127.0.0.1:PORT"
  StateFile* settings;              // STATE/settings.json: {"<emulator name>": {knobs...}}
};

class Emulator {
 public:
  virtual ~Emulator() = default;
  // The service name used by fault rules, settings and the request log ("fly", ...).
  virtual std::string name() const = 0;
  // Whether this emulator answers `path` (used to attribute requests to a service).
  virtual bool serves(std::string_view path) const = 0;
  virtual void register_routes(httplib::Server& server) = 0;
  // The variables that point the real tools (and ours) at this emulator.
  virtual void export_environment(std::map<std::string, std::string>& env) const = 0;
  // Writes an error in the service's own envelope (used for injected faults too).
  virtual void write_error(httplib::Response& response, int status,
                           const std::string& message) const = 0;
};

// The one list of emulators the sandbox runs (src/sandbox/emulators.cpp).
std::vector<std::unique_ptr<Emulator>> make_emulators(const EmulatorEnvironment& environment);

// Small helpers shared by emulators.
void write_json(httplib::Response& response, int status, const nlohmann::json& body);
// The bearer token of a request ("Authorization: Bearer X" or "FlyV1 X"); empty if none.
std::string request_token(const httplib::Request& request);

}  // namespace raxol::sandbox
