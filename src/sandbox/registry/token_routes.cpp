// The token endpoint of bearer mode (registry_auth.h), in both shapes clients use:
// - GET /token?service=&scope=repository:NAME:pull,push with Basic credentials (docker,
//   buildah, podman, skopeo; docker login adds offline_token=true&client_id=docker and then
//   expects a refresh_token);
// - POST /token with an OAuth2 form, which containerd tries first: grant_type=password with
//   username and password, or grant_type=refresh_token with refresh_token (access_type=offline
//   asks for a refresh token). containerd falls back to GET after a 401, 404 or 405.
// Both answer {"token", "access_token", "expires_in", "issued_at"[, "refresh_token"]}. The
// token is good for any repository: every accepted Fly token may push anywhere here.
#include "sandbox/registry/registry_auth.h"
#include "sandbox/registry/routes.h"
#include "sandbox/registry/tokens.h"
#include "util/time_format.h"

namespace raxol::sandbox::registry {

namespace {

void issue(Call& call, bool with_refresh_token) {
  json answer;
  call.context.state->update([&](json& document) {
    const std::string token =
        issue_token(document, TokenKind::access, call.now, call.settings.token_ttl_seconds);
    answer = {{"token", token},
              {"access_token", token},
              {"expires_in", call.settings.token_ttl_seconds},
              {"issued_at", format_rfc3339_ms(call.now)}};
    if (with_refresh_token)
      answer["refresh_token"] =
          issue_token(document, TokenKind::refresh, call.now, call.settings.token_ttl_seconds);
    return true;
  });
  call.reply(200, answer);
}

// The words of a refused credential; the credential itself is never echoed.
void refuse(Call& call) {
  call.fail(401, RegistryCode::unauthorized,
            "authentication required: the credentials were not accepted");
}

// basic mode has no token endpoint, as registry.fly.io (registry_auth.h).
bool token_service_on(Call& call) {
  if (!call.settings.basic_only()) return true;
  call.fail(404, RegistryCode::unsupported,
            "no token endpoint: this registry takes Basic credentials (registry.auth = basic)");
  return false;
}

void token_by_get(Call& call) {
  if (!token_service_on(call)) return;
  auto password = basic_password(call.header("Authorization"));
  if (!password || !call.context.accepts_fly_token(*password)) return refuse(call);
  issue(call, call.query_bool("offline_token"));
}

void token_by_form(Call& call) {
  if (!token_service_on(call)) return;
  const std::string grant = call.query("grant_type");
  const bool offline = call.query("access_type") == "offline";
  if (grant == "password") {
    if (!call.context.accepts_fly_token(call.query("password"))) return refuse(call);
    return issue(call, offline);
  }
  if (grant == "refresh_token") {
    bool valid = false;
    const std::string refresh = call.query("refresh_token");
    call.context.state->read([&](const json& document) {
      valid = token_valid(document, refresh, TokenKind::refresh, call.now);
    });
    // A refresh token is kept as it is: it was not spent.
    if (!valid) return refuse(call);
    return issue(call, false);
  }
  call.fail(400, RegistryCode::unsupported,
            "unsupported grant_type \"" + grant + "\": expected password or refresh_token");
}

}  // namespace

void register_token_routes(Router& token) {
  token.get(kTokenPath, token_by_get);
  token.post(kTokenPath, token_by_form);
}

}  // namespace raxol::sandbox::registry
