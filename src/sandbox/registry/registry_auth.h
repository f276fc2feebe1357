// How clients authenticate to the registry emulator. The credential is the sandbox's Fly
// token, as flyctl's `fly auth docker` hands it to docker (user "x", password = the token;
// any user name is taken here), judged by the Fly emulator's own definition of a valid token.
//
// Two schemes (RegistrySettings::auth):
// - bearer (default): the token flow of the distribution spec's token auth, as Docker Hub,
//   GHCR and the reference registry run it. A 401 carries `WWW-Authenticate: Bearer
//   realm="BASE/token",service="HOST:PORT"` (+ `scope` on repository paths); the client
//   trades Basic credentials (GET) or an OAuth2 form (POST) for a token at the realm and
//   sends `Bearer TOKEN`. The realm is /token at the sandbox's root, as ghcr.io has it
//   (`realm="https://ghcr.io/token"`); the service is the registry's host:port, which clients
//   echo back as ?service=.
// - basic: a 401 carries `Basic realm="HOST:PORT"` and only Basic credentials are taken on
//   /v2/. This is how registry.fly.io itself is reported to answer: `Basic
//   realm="flyio-registry.fly.dev"` and no token endpoint (measured by a third party against
//   the live registry, quoted in a public test fixture found with the `search` tool's
//   find_string for `flyio-registry`; not verified here). The realm names the sandbox instead.
// Basic credentials are taken in both schemes: clients only send them when challenged so.
#pragma once

#include <optional>
#include <string>

#include "sandbox/registry/registry_settings.h"

namespace raxol::sandbox::registry {

// The password of "Basic base64(user:password)"; nullopt when the header is not Basic or
// does not decode to user:password.
std::optional<std::string> basic_password(const std::string& authorization);

// The WWW-Authenticate value of a 401. `scope` ("repository:NAME:pull,push") is added to a
// Bearer challenge when non-empty; `invalid_token` adds RFC 6750's error="invalid_token" for a
// Bearer token that was sent but is unknown or expired.
std::string challenge(const RegistrySettings& settings, const std::string& base_url,
                      const std::string& scope, bool invalid_token);

}  // namespace raxol::sandbox::registry
