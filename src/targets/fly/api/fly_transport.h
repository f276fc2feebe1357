// The HTTP plumbing both Fly clients share: JSON requests with the right Authorization header,
// and one translation of error answers into Errors that name the call, the HTTP status and the
// API's own message (never the token).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "net/url_encode.h"
#include "raxol/http.h"
#include "targets/fly/api/fly_endpoints.h"
#include "targets/kit/json_api.h"

namespace raxol::fly {

struct FlyCall {
  std::string method = "GET";
  std::string base;          // endpoints.machines_base + "/v1" or endpoints.web_base
  std::string path;          // "/apps/raxol/machines"
  std::string what;          // for messages: "update machine 3d8d..."
  nlohmann::json body;       // null: no body
  std::string lease_nonce;   // sent as fly-machine-lease-nonce when non-empty
  std::vector<int> final_statuses;  // answers the caller handles (never retried, not errors)
  bool retry_safe = false;          // a POST that is safe to repeat
  std::chrono::milliseconds timeout{60'000};
};

// "/apps/<app>", the prefix of every Machines API path about one app.
inline std::string app_path(const std::string& app) { return "/apps/" + url_encode(app); }

struct FlyAnswer {
  int status = 0;
  nlohmann::json body;  // parsed JSON, or null when empty
};

class FlyTransport {
 public:
  FlyTransport(HttpClient& http, FlyEndpoints endpoints);

  // Sends `call`. 2xx and `final_statuses` are answers; anything else is an Error (the kit's
  // status table: 401/403 auth, 404 not_found, 409/412 conflict, 408 timeout, other api).
  Result<FlyAnswer> send(const FlyCall& call);

  const FlyEndpoints& endpoints() const { return endpoints_; }
  std::string machines_base() const { return endpoints_.machines_base + "/v1"; }

 private:
  FlyEndpoints endpoints_;
  JsonApi api_;
};

}  // namespace raxol::fly
