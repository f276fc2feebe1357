// Runs fly.toml's [deploy] release_command (e.g. database migrations) once, before any app
// machine changes, in a temporary machine with the new image and env but no services — as
// flyctl does (machines_releasecommand.go). A non-zero exit stops the deploy with the
// command's exit code and last log lines.
#pragma once

#include <string>
#include <vector>

#include "raxol/ui.h"
#include "targets/fly/api/web_client.h"
#include "targets/fly/deploy/machine_steps.h"

namespace raxol::fly {

struct ReleaseCommandRun {
  std::string command;                      // for messages
  nlohmann::json config;                    // release machine config, image and metadata set
  std::string region;                       // the app's primary region
  std::chrono::seconds timeout{300};        // 0: no limit
  std::vector<std::string> leftover_machines;  // earlier release machines to destroy first
};

Status run_release_command(StepContext& context, WebClient& web, const ReleaseCommandRun& run,
                           Ui& ui);

}  // namespace raxol::fly
