// The one request type of the emulators: what every route handler gets. The HTTP side lives
// here once (path parameters, query helpers, the JSON body, answers in the service's envelope,
// the time of the call); a service derives its own Call only to add what is truly its own
// (its settings, who is calling, its state).
#pragma once

#include <httplib.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "raxol/clock.h"
#include "sandbox/kit/envelope.h"

namespace raxol::sandbox::kit {

class Call {
 public:
  Call(const httplib::Request& request, httplib::Response& response, const Envelope& envelope,
       Clock& clock);

  const httplib::Request& request;
  httplib::Response& response;
  const Envelope& envelope;
  Clock& clock;
  std::int64_t now;  // milliseconds since the Unix epoch on `clock` (refresh_now() renews it)

  // Group `index` (from 1) of the route pattern; "" when the pattern has no such group.
  std::string path_param(size_t index) const;
  std::string query(const std::string& name, const std::string& fallback = "") const;
  bool has_query(const std::string& name) const;
  // Every value of a parameter that may repeat (?state=a&state=b).
  std::vector<std::string> query_values(const std::string& name) const;
  // "true", "1" or no value: true; "false" or "0": false; absent or anything else: `fallback`.
  bool query_bool(const std::string& name, bool fallback = false) const;
  // The parameter as an integer (leading digits count, as std::stoll reads them): `fallback`
  // when absent, nullopt when it does not start with a number.
  std::optional<std::int64_t> query_int(const std::string& name, std::int64_t fallback) const;
  std::string header(const std::string& name) const;
  // The credential of "Authorization: Bearer|FlyV1|token <credential>"; "" when none.
  std::string bearer_token() const;

  // The JSON object in the body ({} for an empty body); nullopt after answering 400 in the
  // envelope, with `message` or else the envelope's own words.
  std::optional<json> json_body();
  std::optional<json> json_body(const std::string& message);

  void reply(int status, const json& body);
  // A success in the service's envelope (Cloudflare wraps `result`; the others send it as is).
  void ok(const json& result, int status = 200, const json& info = nullptr);
  void error(int status, const std::string& message);
  void error(int status, int code, const std::string& message);
  void no_content(int status = 204);
  void text(int status, const std::string& body, const std::string& content_type = "text/plain");
  void refresh_now();
};

void write_json(httplib::Response& response, int status, const json& body);

}  // namespace raxol::sandbox::kit
