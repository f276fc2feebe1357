// How `history` shows audit entries: the --json document and the table.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/audit.h"

namespace raxol {

nlohmann::json history_json(const std::vector<AuditEntry>& entries, const std::string& file);
// time | user | action | target | result | release before -> after | duration
std::string history_table(const std::vector<AuditEntry>& entries);

}  // namespace raxol
