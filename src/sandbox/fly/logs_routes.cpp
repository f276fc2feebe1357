// GET /api/v1/apps/{app}/logs?next_token=&instance=&region= — the polling log API flyctl uses
// when it cannot reach NATS. Pages of at most 100 lines, oldest first, after the opaque
// `next_token`; an instance filter wins over a region filter, as in flyctl.
#include <cstdio>

#include "sandbox/fly/routes.h"
#include "util/time_format.h"

namespace raxol::sandbox::fly {

namespace {

constexpr size_t kPageSize = 100;

std::string token_of(int64_t seq) {
  char text[24];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(seq));
  return text;
}

// The sequence number a token stands for; 0 (the beginning) for an empty or foreign token.
int64_t seq_of(const std::string& token) {
  if (token.size() != 16) return 0;
  try {
    return static_cast<int64_t>(std::stoull(token, nullptr, 16));
  } catch (const std::exception&) {
    return 0;
  }
}

json entry_of(const json& line) {
  return {{"id", token_of(line["seq"])},
          {"attributes",
           {{"timestamp", format_rfc3339_ms(line["at"], TimePrecision::nanoseconds)},
            {"message", line["message"]},
            {"level", line["level"]},
            {"instance", line["instance"]},
            {"region", line["region"]},
            {"meta",
             {{"instance", line["instance"]},
              {"region", line["region"]},
              {"event", {{"provider", line["provider"]}}}}}}}};
}

void logs(Call& call) {
  const std::string token = call.query("next_token");
  const int64_t after = seq_of(token);
  const std::string instance = call.query("instance");
  const std::string region = instance.empty() ? call.query("region") : "";
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    json data = json::array();
    int64_t last_seen = after;
    for (const auto& line : (*app)["logs"]) {
      int64_t seq = line["seq"];
      if (seq <= after) continue;
      if (data.size() == kPageSize) break;
      last_seen = seq;
      if (!instance.empty() && line["instance"] != instance) continue;
      if (!region.empty() && line["region"] != region) continue;
      data.push_back(entry_of(line));
    }
    call.reply(200, {{"data", data}, {"meta", {{"next_token", token_of(last_seen)}}}});
    return false;
  });
}

}  // namespace

void register_logs_routes(Router& router) { router.get("/api/v1/apps/([^/]+)/logs", logs); }

}  // namespace raxol::sandbox::fly
