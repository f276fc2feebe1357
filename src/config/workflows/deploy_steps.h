// Recognises the workflow steps that deploy to a kind of target we know, and what each one
// implies as project-file settings. docs/configuration.md ("How discovery works") lists the
// forms; every form has a fixture under tests/fixtures/workflows/.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "config/workflows/workflow.h"

namespace raxol::workflows {

struct DeployStep {
  std::string kind;  // "fly" | "cloudflare-pages" | "github-pages"
  nlohmann::json settings = nlohmann::json::object();
  SourceLocation where;  // the step's `uses:` or `run:` key
  // Where and when it runs: workflow, job, step, triggers, `if:` guards, secret names, the
  // inputs or command line it was read from.
  nlohmann::json discovery = nlohmann::json::object();
  // The jobs of the same workflow that must finish before this step's job starts (`needs:`,
  // followed transitively): deploys in those jobs come first.
  std::vector<std::string> after_jobs;
};

// Every deploy step of `workflow`, in job then step order. A `run:` script or a
// wrangler-action `command:` can hold several deploys: each is one DeployStep.
std::vector<DeployStep> find_deploy_steps(const Workflow& workflow);

}  // namespace raxol::workflows
