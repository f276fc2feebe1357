#include "sandbox/cloudflare_pages/pages_call.h"

#include <algorithm>

#include "sandbox/cloudflare_pages/upload_jwt.h"

namespace raxol::sandbox::cloudflare_pages {

PagesContext::PagesContext(const std::filesystem::path& state_dir, StateFile* settings_file,
                           std::string url, Clock& time)
    : state(state_dir / "cloudflare-pages.json"),
      data_dir(state_dir / "cloudflare-pages"),
      assets(data_dir / "assets"),
      sites(data_dir / "deployments"),
      settings(settings_file),
      base_url(std::move(url)),
      clock(time) {}

Call::Call(const kit::Call& base, PagesContext& context_, PagesEmulatorSettings settings_)
    : kit::Call(base), context(context_), settings(std::move(settings_)) {}

bool Call::check_account() {
  if (path_param(1) == settings.account_id) return true;
  error(403, 9109, "Unauthorized to access requested resource");
  return false;
}

namespace {

bool api_token_ok(const Call& call) {
  const auto& tokens = call.settings.tokens;
  auto known = [&](const std::string& value) {
    return !value.empty() && std::find(tokens.begin(), tokens.end(), value) != tokens.end();
  };
  if (call.request.has_header("X-Auth-Key"))
    return call.request.has_header("X-Auth-Email") && known(call.header("X-Auth-Key"));
  return known(call.bearer_token());
}

std::optional<Call> open_public_call(kit::Call& base, PagesContext& context) {
  return Call(base, context, read_pages_settings(*context.settings));
}

std::optional<Call> open_api_call(kit::Call& base, PagesContext& context) {
  Call call(base, context, read_pages_settings(*context.settings));
  if (api_token_ok(call)) return call;
  call.error(403, kAuthError, "Authentication error");
  return std::nullopt;
}

std::optional<Call> open_upload_call(kit::Call& base, PagesContext& context) {
  Call call(base, context, read_pages_settings(*context.settings));
  auto check = check_upload_jwt(call.bearer_token(), call.settings.jwt_secret, call.now / 1000);
  if (check.verdict == JwtVerdict::expired && call.settings.expired_jwt_plain_text) {
    call.text(403, "Expired JWT");
    return std::nullopt;
  }
  if (check.verdict != JwtVerdict::valid) {
    call.error(401, kBadUploadJwt,
               check.verdict == JwtVerdict::expired ? "Expired JWT" : "Invalid JWT");
    return std::nullopt;
  }
  call.jwt_project = check.project;
  return call;
}

Router router_of(const kit::Router& base, PagesContext& context,
                 std::optional<Call> (*open)(kit::Call&, PagesContext&)) {
  return Router(base, [&context, open](kit::Call& call) { return open(call, context); });
}

}  // namespace

Routers make_routers(httplib::Server& server, PagesContext& context) {
  const kit::Router base(server, context.envelope, context.clock);
  return {router_of(base, context, open_api_call), router_of(base, context, open_upload_call),
          router_of(base, context, open_public_call)};
}

}  // namespace raxol::sandbox::cloudflare_pages
