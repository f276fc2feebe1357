#include "sandbox/cloudflare_pages/pages_router.h"

#include <algorithm>

#include "sandbox/cloudflare_pages/upload_jwt.h"
#include "sandbox/emulator.h"

namespace raxol::sandbox::cloudflare_pages {

PagesContext::PagesContext(const std::filesystem::path& state_dir, StateFile* settings_file,
                           std::string url)
    : state(state_dir / "cloudflare-pages.json"),
      data_dir(state_dir / "cloudflare-pages"),
      assets(data_dir / "assets"),
      sites(data_dir / "deployments"),
      settings(settings_file),
      base_url(std::move(url)) {}

void write_envelope_error(httplib::Response& response, int status, int code,
                          const std::string& message) {
  write_json(response, status,
             {{"success", false},
              {"errors", json::array({{{"code", code}, {"message", message}}})},
              {"messages", json::array()},
              {"result", nullptr}});
}

Call::Call(const httplib::Request& request_, httplib::Response& response_, PagesContext& context_,
           PagesEmulatorSettings settings_)
    : request(request_),
      response(response_),
      context(context_),
      settings(std::move(settings_)),
      now(now_ms()) {}

std::string Call::path_param(size_t index) const {
  return index < request.matches.size() ? request.matches[index].str() : std::string();
}

std::string Call::query(const std::string& name, const std::string& fallback) const {
  return request.has_param(name.c_str()) ? request.get_param_value(name.c_str()) : fallback;
}

void Call::ok(const json& result, int status, const json& result_info) {
  json body = {{"success", true},
               {"errors", json::array()},
               {"messages", json::array()},
               {"result", result}};
  if (!result_info.is_null()) body["result_info"] = result_info;
  write_json(response, status, body);
}

void Call::fail(int status, int code, const std::string& message) {
  write_envelope_error(response, status, code, message);
}

bool Call::check_account() {
  if (path_param(1) == settings.account_id) return true;
  fail(403, 9109, "Unauthorized to access requested resource");
  return false;
}

namespace {

bool api_token_ok(const httplib::Request& request, const PagesEmulatorSettings& settings) {
  const auto& tokens = settings.tokens;
  auto known = [&](const std::string& value) {
    return !value.empty() && std::find(tokens.begin(), tokens.end(), value) != tokens.end();
  };
  if (request.has_header("X-Auth-Key"))
    return request.has_header("X-Auth-Email") && known(request.get_header_value("X-Auth-Key"));
  return known(request_token(request));
}

}  // namespace

httplib::Server::Handler Router::wrap(Auth auth, RouteHandler handler) {
  return [context = &context_, auth, handler = std::move(handler)](const httplib::Request& request,
                                                                   httplib::Response& response) {
    Call call(request, response, *context, read_pages_settings(*context->settings));
    if (auth == Auth::api_token && !api_token_ok(request, call.settings))
      return call.fail(403, kAuthError, "Authentication error");
    if (auth == Auth::upload_jwt) {
      auto check =
          check_upload_jwt(request_token(request), call.settings.jwt_secret, call.now / 1000);
      if (check.verdict == JwtVerdict::expired && call.settings.expired_jwt_plain_text) {
        response.status = 403;
        response.set_content("Expired JWT", "text/plain");
        return;
      }
      if (check.verdict != JwtVerdict::valid)
        return call.fail(401, kBadUploadJwt,
                         check.verdict == JwtVerdict::expired ? "Expired JWT" : "Invalid JWT");
      call.jwt_project = check.project;
    }
    try {
      handler(call);
    } catch (const json::exception& error) {
      call.fail(400, kValidation, std::string("invalid request: ") + error.what());
    }
  };
}

void Router::get(const std::string& pattern, Auth auth, RouteHandler handler) {
  server_.Get(pattern, wrap(auth, std::move(handler)));
}
void Router::post(const std::string& pattern, Auth auth, RouteHandler handler) {
  server_.Post(pattern, wrap(auth, std::move(handler)));
}
void Router::patch(const std::string& pattern, Auth auth, RouteHandler handler) {
  server_.Patch(pattern, wrap(auth, std::move(handler)));
}
void Router::del(const std::string& pattern, Auth auth, RouteHandler handler) {
  server_.Delete(pattern, wrap(auth, std::move(handler)));
}

}  // namespace raxol::sandbox::cloudflare_pages
