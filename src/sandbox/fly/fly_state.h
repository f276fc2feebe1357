// The Fly emulator's world, one JSON document in STATE/fly.json shared by every process that
// serves the state directory. Time-based behaviour (machines starting, checks passing,
// certificates issuing) is stored as timestamped pending transitions and applied lazily by
// whichever request comes next, so there are no background threads and all processes agree.
//
// Layout:
//   {"apps": {"<name>": {name, org_slug, network, internal_numeric_id, created_ms,
//              machines: {"<id>": machine record (machine_lifecycle.h)},
//              secrets: {"<NAME>": {value, digest, created_at, updated_at}}, secrets_version,
//              ips: [IPAssignment], certificates: {"<host>": record}, volumes: {"<id>": Volume},
//              releases: [record, oldest first], logs: [line, oldest first], log_seq}},
//    "releases": {"<release id>": "<app>"}, "next_numeric_id": N}
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "raxol/clock.h"
#include "sandbox/state_file.h"

namespace raxol::sandbox::fly {

using nlohmann::json;

class FlyState {
 public:
  FlyState(std::filesystem::path file, Clock& clock);

  // Applies every transition due by `now_ms`, then runs `change` on the document under the
  // state lock; the file is written when either changed something (`change` returns true).
  // `now_ms` is set to the clock's time once the lock is held: a time read before waiting for
  // the lock would be stale, and transitions due meanwhile would not be applied.
  void update(int64_t& now_ms, const std::function<bool(json&)>& change);

 private:
  StateFile file_;
  Clock& clock_;
};

// The app record, or nullptr.
json* find_app(json& document, const std::string& name);
// A new, empty app record.
json new_app_record(const std::string& name, const std::string& org_slug,
                    const std::string& network, int64_t numeric_id, int64_t now);
// The App schema of the Machines API.
json app_view(const json& app);

// Appends a log line to the app (keeps the newest 2000). `provider` is "app" for the
// program's own output and "runner" for the platform's.
void append_log(json& app, int64_t at_ms, const std::string& instance, const std::string& region,
                const std::string& provider, const std::string& message,
                const std::string& level = "info");

}  // namespace raxol::sandbox::fly
