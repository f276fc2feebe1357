// Read-only views of a Fly app: status (machines, versions, checks, the release serving),
// logs (polling the web API like `fly logs`), and one-off commands in a machine.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "raxol/context.h"
#include "raxol/facets.h"
#include "raxol/target.h"
#include "targets/fly/api/machines_client.h"
#include "targets/fly/api/web_client.h"

namespace raxol::fly {

Result<TargetStatus> read_fly_status(MachinesClient& machines, WebClient& web,
                                     const std::string& target_name, const std::string& app);

Status read_fly_logs(WebClient& web, Context& context, const std::string& app,
                     const LogQuery& query, const std::function<void(const LogEntry&)>& sink);

// Runs `command` in machine `machine_id`, or in the first started app machine when empty.
Result<ExecResult> exec_in_machine(MachinesClient& machines, const std::string& app,
                                   const std::string& machine_id,
                                   const std::vector<std::string>& command, int timeout_seconds);

}  // namespace raxol::fly
