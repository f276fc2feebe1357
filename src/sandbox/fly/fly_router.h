// The plumbing every Fly route shares: authentication (both `Bearer` and `FlyV1` schemes, the
// API's 401 envelope), the settings of this request, JSON bodies and error envelopes, and
// access to the state. Route files register handlers that take one `Call`.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "sandbox/fly/fly_settings.h"
#include "sandbox/fly/fly_state.h"

namespace raxol::sandbox::fly {

// What the Fly routes share for the life of the emulator.
struct FlyContext {
  FlyContext(std::filesystem::path state_file, StateFile* settings_file, std::string url)
      : state(std::move(state_file)), settings(settings_file), base_url(std::move(url)) {}
  FlyState state;
  StateFile* settings;
  std::string base_url;
  httplib::Server* server = nullptr;  // long polls give up when it stops
};

// The owner email of the request's token, or nullopt. A comma-separated token list (flyctl's
// macaroon bundles) is accepted when any part is known.
std::optional<std::string> authenticate(const httplib::Request& request,
                                        const FlySettings& settings);

class Call {
 public:
  Call(const httplib::Request& request, httplib::Response& response, FlyContext& context,
       FlySettings settings, std::string owner);

  const httplib::Request& request;
  httplib::Response& response;
  FlyContext& context;
  const FlySettings settings;
  const std::string owner;  // email of the authenticated token's owner
  int64_t now;              // refreshed by every update()

  // The `index`th capture group of the route pattern.
  std::string path_param(size_t index) const;
  std::string query(const std::string& name, const std::string& fallback = "") const;
  bool has_query(const std::string& name) const;
  // "true"/"1" and "false"/"0"; `fallback` when absent.
  bool query_bool(const std::string& name, bool fallback = false) const;
  std::string lease_nonce() const;
  // The JSON object in the body ({} for an empty body); nullopt after answering 400.
  std::optional<json> body();

  void reply(int status, const json& body);
  void error(int status, const std::string& message);
  void no_content(int status = 204);

  // Runs `change` on the state after applying due transitions, under the state lock.
  void update(const std::function<bool(json&)>& change);
  // Lookups inside update(): nullptr after answering 404 with the API's message.
  json* app(json& document, const std::string& name);
  json* machine(json& app, const std::string& id);
};

using RouteHandler = std::function<void(Call&)>;

class Router {
 public:
  Router(httplib::Server& server, FlyContext& context) : server_(server), context_(context) {}
  void get(const std::string& pattern, RouteHandler handler);
  void post(const std::string& pattern, RouteHandler handler);
  void put(const std::string& pattern, RouteHandler handler);
  void patch(const std::string& pattern, RouteHandler handler);
  void del(const std::string& pattern, RouteHandler handler);
  FlyContext& context() { return context_; }

 private:
  httplib::Server::Handler wrap(RouteHandler handler);
  httplib::Server& server_;
  FlyContext& context_;
};

// Route patterns: capture 1 is the app name, capture 2 the machine id.
inline const std::string kAppPattern = "/v1/apps/([^/]+)";
inline const std::string kMachinePattern = kAppPattern + "/machines/([^/]+)";

}  // namespace raxol::sandbox::fly
