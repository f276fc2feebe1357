// One emulated service (Fly Machines, Cloudflare Pages, GitHub, a container registry).
// Emulators speak the real service's paths, JSON fields, status codes and error envelopes; the
// Sandbox hosts them all on one loopback port and adds what they share: fault injection,
// latency, the request log.
// Internal to src/sandbox/ (it exposes httplib); sandbox.h is the public face.
#pragma once

#include <httplib.h>

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "raxol/clock.h"
#include "sandbox/kit/envelope.h"
#include "sandbox/state_file.h"

namespace raxol::sandbox {

// What every emulator is built with.
struct EmulatorEnvironment {
  std::filesystem::path state_dir;  // the emulator keeps its files under state_dir/<name>...
  std::string base_url;             // "http://127.0.0.1:PORT"
  StateFile* settings;              // STATE/settings.json: {"<emulator name>": {knobs...}}
  Clock* clock;                     // the emulators' time; never null
};

// One emulated service as the sandbox sees it. A service builds it from its own state (which
// the functions share and keep alive); the sandbox asks nothing else of an emulator.
struct Emulator {
  std::string name;               // used by fault rules, settings and the request log ("fly", ...)
  const kit::Envelope* envelope;  // the service's error envelope; injected faults answer in it
  std::function<bool(std::string_view path)> serves;  // attributes requests to the service
  std::function<void(httplib::Server& server)> register_routes;
  // Adds the variables that point the real tools (and ours) at this emulator.
  std::function<void(std::map<std::string, std::string>& env)> export_environment;
  // What the in-memory request log keeps of a request's body (the file log keeps none);
  // nullptr: all of it. The registry keeps neither image layers nor credential forms there.
  std::function<std::string(const httplib::Request& request)> loggable_body = nullptr;
};

// The one list of emulators the sandbox runs (src/sandbox/emulators.cpp).
std::vector<Emulator> make_emulators(const EmulatorEnvironment& environment);

}  // namespace raxol::sandbox
