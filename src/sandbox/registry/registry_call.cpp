#include "sandbox/registry/registry_call.h"

#include "sandbox/registry/names.h"
#include "sandbox/registry/registry_auth.h"
#include "sandbox/registry/tokens.h"

namespace raxol::sandbox::registry {

RegistryContext::RegistryContext(const EmulatorEnvironment& environment,
                                 FlyTokenCheck fly_token_check)
    : state(RegistryState::open(environment.state_dir)),
      blobs(state->content_dir() / "blobs"),
      uploads(state->content_dir() / "uploads"),
      settings(environment.settings),
      base_url(environment.base_url),
      clock(*environment.clock),
      accepts_fly_token(std::move(fly_token_check)) {}

Call::Call(const kit::Call& base, RegistryContext& context_, RegistrySettings settings_)
    : kit::Call(base), context(context_), settings(std::move(settings_)) {}

void Call::fail(int status, RegistryCode code, const std::string& message, const json& detail) {
  json body = envelope.error(
      status, message.empty() ? kit::DistributionEnvelope::code_message(code) : message,
      static_cast<int>(code));
  if (!detail.is_null()) body["errors"][0]["detail"] = detail;
  reply(status, body);
}

namespace {

// Whether the request carries a credential the registry takes: Basic with an accepted Fly
// token as the password, or (in bearer mode) a token /token issued. Otherwise answers 401 with
// the challenge; `scope` names the repository access the route needs.
bool authorised(Call& call, const std::string& scope, const json& access) {
  const std::string authorization = call.header("Authorization");
  bool rejected_token = false;
  if (auto password = basic_password(authorization)) {
    if (call.context.accepts_fly_token(*password)) return true;
  } else if (const std::string token = call.bearer_token();
             !token.empty() && !call.settings.basic_only()) {
    bool valid = false;
    call.context.state->read([&](const json& document) {
      valid = token_valid(document, token, TokenKind::access, call.now);
    });
    if (valid) return true;
    rejected_token = true;
  }
  call.set_header("WWW-Authenticate",
                  challenge(call.settings, call.context.base_url, scope, rejected_token));
  // The credential itself is never echoed.
  call.fail(401, RegistryCode::unauthorized,
            authorization.empty() ? "authentication required"
                                  : "authentication required: the credentials were not accepted",
            access);
  return false;
}

Call new_call(kit::Call& base, RegistryContext& context) {
  Call call(base, context, read_registry_settings(*context.settings));
  // On every /v2/ answer, 401s included: docker reads it from the ping's 401 to know it
  // speaks to a v2 registry.
  call.set_header("Docker-Distribution-API-Version", "registry/2.0");
  return call;
}

std::optional<Call> open_token_call(kit::Call& base, RegistryContext& context) {
  return Call(base, context, read_registry_settings(*context.settings));
}

std::optional<Call> open_root_call(kit::Call& base, RegistryContext& context) {
  Call call = new_call(base, context);
  if (!authorised(call, "", nullptr)) return std::nullopt;
  return call;
}

std::optional<Call> open_repository_call(kit::Call& base, RegistryContext& context) {
  Call call = new_call(base, context);
  const std::string name = call.name();
  const bool reads = call.request.method == "GET" || call.request.method == "HEAD";
  const std::string action = reads ? "pull" : "pull,push";
  const json access = json::array({{{"Type", "repository"},
                                    {"Class", ""},
                                    {"Name", name},
                                    {"Action", reads ? "pull" : "push"}}});
  if (!authorised(call, "repository:" + name + ":" + action, access)) return std::nullopt;
  if (!valid_repository_name(name)) {
    call.fail(400, RegistryCode::name_invalid, "", json{{"name", name}});
    return std::nullopt;
  }
  return call;
}

Router router_of(const kit::Router& base, RegistryContext& context,
                 std::optional<Call> (*open)(kit::Call&, RegistryContext&)) {
  return Router(base, [&context, open](kit::Call& call) { return open(call, context); });
}

}  // namespace

Routers make_routers(httplib::Server& server, RegistryContext& context) {
  const kit::Router base(server, context.envelope, context.clock);
  return {router_of(base, context, open_token_call), router_of(base, context, open_root_call),
          router_of(base, context, open_repository_call)};
}

}  // namespace raxol::sandbox::registry
