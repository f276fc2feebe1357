// Fault injection for the emulators: a list of rules, persisted in STATE/faults.json (so a test
// or a person can write the file) and editable through /__sandbox/faults. A rule matches by
// service, method and path glob (util/glob.h: `*` within a segment, `**` across), may skip the
// first N matches, fires `times` times (-1: forever), and then answers with a status (plus
// Retry-After), drops the connection, or only adds latency before the real handler runs.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "sandbox/state_file.h"

namespace raxol::sandbox {

struct FaultAction {
  int status = 0;           // 0: no status fault (latency only or drop)
  std::string retry_after;  // Retry-After header value, when set
  nlohmann::json body;      // null: the service's own error envelope for `status`
  bool drop = false;        // close the connection without an answer
  int latency_ms = 0;       // delay before answering (applies to all matched actions)
};

class FaultInjector {
 public:
  explicit FaultInjector(const std::filesystem::path& state_dir);

  // The action for this request, consuming one use of the first matching rule.
  std::optional<FaultAction> match(const std::string& service, const std::string& method,
                                   const std::string& path);

  nlohmann::json rules();                     // {"faults": [...]}
  void replace(const nlohmann::json& rules);  // {"faults": [...]} or [...]
  void add(const nlohmann::json& rule);

 private:
  StateFile state_;
};

}  // namespace raxol::sandbox
