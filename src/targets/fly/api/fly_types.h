// The Machines API objects we read, as plain structs (field names as in the OpenAPI spec).
// The machine config stays JSON: it is produced by the fly.toml conversion and sent back as is.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace raxol::fly {

struct CheckStatus {
  std::string name;
  std::string status;  // passing | warning | critical
  std::string output;
};

struct Machine {
  std::string id;
  std::string name;
  std::string state;  // created|starting|started|stopping|stopped|suspended|replacing|destroying|destroyed|failed
  std::string region;
  std::string instance_id;  // changes with every update: the machine's version
  std::string private_ip;
  std::string host_status;  // ok | unknown | unreachable
  std::string updated_at;
  std::string lease_nonce;  // set when created with lease_ttl
  nlohmann::json config = nlohmann::json::object();
  std::vector<CheckStatus> checks;
  nlohmann::json events = nlohmann::json::array();  // newest first

  static Machine from_json(const nlohmann::json& json);

  std::string image() const;
  std::string metadata(const std::string& key) const;
  std::string process_group() const;  // fly_process_group, legacy process_group, else "app"
  bool has_checks_configured() const;
  int passing_checks() const;
  bool all_checks_passing() const;  // true when checks exist and all pass
  // Exit code of the last exit event after the last start, or nullopt.
  std::optional<int> last_exit_code() const;
};

struct Lease {
  std::string nonce;
  long long expires_at = 0;  // unix seconds
  std::string owner;
  std::string description;
};

struct WaitResult {
  bool reached = false;  // false: the API's wait deadline passed (408)
  std::string state;
};

}  // namespace raxol::fly
