// The knobs of the registry emulator, read from STATE/settings.json under "registry" on every
// request (kit/settings_reader.h), so that a test or a person can switch the auth scheme of a
// running sandbox.
#pragma once

#include <string>

#include "sandbox/state_file.h"

namespace raxol::sandbox::registry {

struct RegistrySettings {
  // "bearer": a 401 challenges `Bearer realm="BASE/token",service="HOST:PORT"` and clients
  // trade their credentials for a token there (the flow of Docker Hub, GHCR and the reference
  // registry). "basic": a 401 challenges `Basic realm=...` and only Basic credentials are
  // taken, as registry.fly.io is reported to (registry_auth.h). Anything else reads as bearer.
  std::string auth = "bearer";
  int token_ttl_seconds = 300;  // expires_in of the tokens /token issues

  bool basic_only() const { return auth == "basic"; }
};

// The defaults overlaid with settings["registry"]; malformed values keep their default.
RegistrySettings read_registry_settings(StateFile& settings);

}  // namespace raxol::sandbox::registry
