#include "sandbox/fly/fly_router.h"

#include "sandbox/emulator.h"
#include "sandbox/fly/leases.h"

namespace raxol::sandbox::fly {

std::optional<std::string> authenticate(const httplib::Request& request,
                                        const FlySettings& settings) {
  std::string token = request_token(request);
  size_t start = 0;
  while (start <= token.size()) {
    size_t comma = token.find(',', start);
    std::string part =
        token.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    while (!part.empty() && part.back() == ' ') part.pop_back();
    auto known = settings.tokens.find(part);
    if (!part.empty() && known != settings.tokens.end()) return known->second;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return std::nullopt;
}

Call::Call(const httplib::Request& request_, httplib::Response& response_, FlyContext& context_,
           FlySettings settings_, std::string owner_)
    : request(request_),
      response(response_),
      context(context_),
      settings(std::move(settings_)),
      owner(std::move(owner_)),
      now(now_ms()) {}

std::string Call::path_param(size_t index) const {
  return index < request.matches.size() ? request.matches[index].str() : std::string();
}

std::string Call::query(const std::string& name, const std::string& fallback) const {
  return request.has_param(name.c_str()) ? request.get_param_value(name.c_str()) : fallback;
}

bool Call::has_query(const std::string& name) const { return request.has_param(name.c_str()); }

bool Call::query_bool(const std::string& name, bool fallback) const {
  if (!has_query(name)) return fallback;
  std::string value = query(name);
  if (value == "true" || value == "1" || value.empty()) return true;
  if (value == "false" || value == "0") return false;
  return fallback;
}

std::string Call::lease_nonce() const { return request.get_header_value(kLeaseNonceHeader); }

std::optional<json> Call::body() {
  auto first = request.body.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return json::object();
  json parsed = json::parse(request.body, nullptr, false);
  if (parsed.is_discarded() || !(parsed.is_object() || parsed.is_null())) {
    error(400, "invalid request body: expected a JSON object");
    return std::nullopt;
  }
  return parsed.is_null() ? json::object() : parsed;
}

void Call::reply(int status, const json& body) { write_json(response, status, body); }

void Call::error(int status, const std::string& message) {
  write_json(response, status, {{"error", message}});
}

void Call::no_content(int status) {
  response.status = status;
  response.body.clear();
}

void Call::update(const std::function<bool(json&)>& change) {
  context.state.update(now, change);
}

json* Call::app(json& document, const std::string& name) {
  json* found = find_app(document, name);
  if (found == nullptr) error(404, "app not found");
  return found;
}

json* Call::machine(json& app, const std::string& id) {
  auto& machines = app["machines"];
  auto it = machines.find(id);
  if (it == machines.end()) {
    error(404, "machine not found");
    return nullptr;
  }
  return &*it;
}

httplib::Server::Handler Router::wrap(RouteHandler handler) {
  // Captures the context, not the Router: routers are short-lived registration helpers.
  return [context = &context_, handler = std::move(handler)](const httplib::Request& request,
                                                             httplib::Response& response) {
    FlySettings settings = read_fly_settings(*context->settings);
    auto owner = authenticate(request, settings);
    if (!owner) {
      // The real API's words; the token itself is never echoed.
      write_json(response, 401, {{"error", "Authenticate: token validation error"}});
      return;
    }
    Call call(request, response, *context, std::move(settings), *owner);
    try {
      handler(call);
    } catch (const json::type_error& error) {
      // A body field of the wrong type (handlers read fields before changing state).
      call.error(400, std::string("invalid request body: ") + error.what());
    }
  };
}

void Router::get(const std::string& pattern, RouteHandler handler) {
  server_.Get(pattern, wrap(std::move(handler)));
}
void Router::post(const std::string& pattern, RouteHandler handler) {
  server_.Post(pattern, wrap(std::move(handler)));
}
void Router::put(const std::string& pattern, RouteHandler handler) {
  server_.Put(pattern, wrap(std::move(handler)));
}
void Router::patch(const std::string& pattern, RouteHandler handler) {
  server_.Patch(pattern, wrap(std::move(handler)));
}
void Router::del(const std::string& pattern, RouteHandler handler) {
  server_.Delete(pattern, wrap(std::move(handler)));
}

}  // namespace raxol::sandbox::fly
