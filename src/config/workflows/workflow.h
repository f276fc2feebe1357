// GitHub Actions workflow files as plain structs: only what discovery and doctor need (triggers,
// jobs, steps, `if:` guards), each with the line:col it was written at. The loader is lenient:
// a value of an unexpected shape becomes a Diagnostic and is skipped, so that one odd workflow
// never stops discovery of the others.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "raxol/result.h"
#include "raxol/source_location.h"

namespace raxol::workflows {

// An `if:` condition as written (GitHub evaluates it without `${{ }}` too). Empty when absent.
struct Guard {
  std::string expression;
  SourceLocation where;

  bool present() const { return !expression.empty(); }
};

// One event of `on:`. Filter lists keep GitHub's order, since a later `!pattern` overrides an
// earlier one.
struct Trigger {
  std::string event;  // "push", "pull_request", "schedule", "workflow_dispatch", ...
  SourceLocation where;
  std::vector<std::string> branches;
  std::vector<std::string> branches_ignore;
  std::vector<std::string> tags;
  std::vector<std::string> tags_ignore;
  std::vector<std::string> paths;
  std::vector<std::string> paths_ignore;
  std::vector<std::string> types;      // activity types ("opened", "completed", ...)
  std::vector<std::string> crons;      // schedule
  std::vector<std::string> inputs;     // workflow_dispatch / workflow_call input ids
  std::vector<std::string> secrets;    // workflow_call secret names
  std::vector<std::string> workflows;  // workflow_run: the workflows it follows
};

struct Step {
  int index = 0;           // 1-based position in the job's steps
  int parallel_index = 0;  // 1-based position inside a `parallel:` group; 0 outside one
  std::string id;
  std::string name;
  std::string uses;  // "owner/repo/path@ref", "./local", "docker://..."; empty for run steps
  std::string run;   // the script verbatim (block scalars keep their newlines)
  std::string working_directory;  // `working-directory:`, else the job's or workflow's default
  std::map<std::string, std::string> with;  // scalar inputs as text (booleans as "true")
  std::string with_expression;  // `with: ${{ fromJSON(...) }}`: the whole map is an expression
  std::map<std::string, std::string> env;
  Guard if_guard;
  SourceLocation where;         // the step's first key
  SourceLocation action_where;  // its `uses:` or `run:` key
};

struct Job {
  std::string id;
  std::string name;
  std::string uses;  // reusable-workflow call; such a job has no steps
  Guard if_guard;
  std::vector<std::string> needs;
  std::string environment;  // `environment:` name (string form or {name, url})
  std::map<std::string, std::string> env;
  std::vector<Step> steps;  // members of a `parallel:` group follow in place of the group
  SourceLocation where;     // the job id key
};

struct Workflow {
  std::string file;  // as the caller named it, e.g. ".github/workflows/deploy.yml"
  std::string name;  // `name:`, empty when absent
  std::vector<Trigger> triggers;
  std::map<std::string, std::string> env;
  std::vector<Job> jobs;  // in file order
};

struct LoadedWorkflow {
  Workflow workflow;
  Diagnostics diagnostics;  // shapes we skipped, `on`/`true` clashes, unquoted `!` guards
};

// Reads one workflow (or any YAML file: an action.yml or dependabot.yml simply has no jobs).
// Fails only when the text is not YAML or its top level is not a mapping; the error says
// "FILE:LINE:COL: ...".
Result<LoadedWorkflow> load_workflow(std::string_view text, const std::string& file);

// `on:` triggers as JSON for `--json` output: {"push": {"branches": [...]}, "schedule":
// {"crons": [...]}, "workflow_dispatch": {}}.
nlohmann::json triggers_to_json(const std::vector<Trigger>& triggers);

}  // namespace raxol::workflows
