// The exit-code and environment facts of the docs. Exit codes take their error kinds from
// exit_code_for() itself; tests/cli/docs_gen_test.cpp checks docs/exit-codes.md agrees.
#include <map>

#include "core/credentials.h"
#include "render/exit_codes.h"
#include "cli/docs_gen.h"

namespace raxol {

std::vector<ExitCodeInfo> exit_code_table() {
  std::vector<ExitCodeInfo> table = {
      {kExitOk, "success (also: nothing to do, e.g. an unchanged deploy)", {}},
      {kExitFailure,
       "failure: an API error, a network failure, a failed step, a timeout, something not found",
       {}},
      {kExitUsage,
       "usage or configuration error: bad flags, a bad fly.toml, project file or workflow, or a "
       "destructive command without --yes when stdin is not a terminal",
       {}},
      {kExitAuth, "authentication: a token is missing or the service rejected it (401/403)", {}},
      {kExitRolledBack,
       "the deploy failed and was rolled back: the previous release is serving",
       {}},
      {kExitPartial, "partial: every required target deployed, an optional one failed", {}},
      {kExitConflict, "conflict: a lease or deploy lock is held by someone else", {}},
      {kExitBuild,
       "the image build or push failed; nothing was deployed, the previous release serves",
       {}},
      {kExitRegression,
       "performance regression: perf check found a benchmark worse than both the tolerance and "
       "the noise band (not with --fail-on never)",
       {}},
      {kExitInterrupted,
       "interrupted by SIGINT or SIGTERM; leases released, half-done work restored",
       {}},
  };
  // ErrorKind runs from usage to internal without gaps.
  for (int kind = static_cast<int>(ErrorKind::usage); kind <= static_cast<int>(ErrorKind::internal);
       ++kind) {
    Error error = make_error(static_cast<ErrorKind>(kind), "");
    for (auto& row : table)
      if (row.code == exit_code_for(error)) row.kinds.push_back(error_kind_name(error.kind));
  }
  return table;
}

const ExitCodeInfo& exit_code_info(int code) {
  static const std::vector<ExitCodeInfo> table = exit_code_table();
  for (const auto& row : table)
    if (row.code == code) return row;
  return table.at(1);
}

std::vector<int> common_exit_codes() {
  return {kExitOk, kExitFailure, kExitUsage, kExitAuth, kExitInterrupted};
}

std::vector<EnvironmentVariable> environment_variables() {
  static const std::map<std::string, std::string> credentials = {
      {"FLY_API_TOKEN", "Fly.io API token (fly targets)"},
      {"FLY_ACCESS_TOKEN", "Fly.io token; wins over FLY_API_TOKEN"},
      {"CLOUDFLARE_API_TOKEN",
       "Cloudflare API token with Account > Cloudflare Pages > Edit (cloudflare-pages targets)"},
      {"CLOUDFLARE_API_KEY",
       "Cloudflare global API key, used with CLOUDFLARE_EMAIL; wins over CLOUDFLARE_API_TOKEN"},
      {"GITHUB_TOKEN", "GitHub token (github-pages targets: git push and the REST API)"},
      {"GH_TOKEN", "GitHub token, used when GITHUB_TOKEN is not set"},
      {"RAXOL_SANDBOX_TOKEN", "token of a sandbox started elsewhere (raxol-deploy sandbox serve)"},
  };
  std::vector<EnvironmentVariable> variables;
  for (const auto& name : credential_variables()) {
    auto found = credentials.find(name);
    variables.push_back({name, (found == credentials.end() ? "a credential" : found->second) +
                                   "; its value is redacted from all output"});
  }
  const std::vector<EnvironmentVariable> others = {
      {"CLOUDFLARE_EMAIL", "account email that goes with CLOUDFLARE_API_KEY"},
      {"CLOUDFLARE_ACCOUNT_ID", "Cloudflare account id when the target sets no account_id"},
      {"FLY_API_BASE_URL", "Fly.io web API (default https://api.fly.io)"},
      {"FLY_FLAPS_BASE_URL", "Fly Machines API (default https://api.machines.dev)"},
      {"CLOUDFLARE_API_BASE_URL", "Cloudflare API (default https://api.cloudflare.com/client/v4)"},
      {"GITHUB_API_URL", "GitHub REST API (default https://api.github.com)"},
      {"GITHUB_SERVER_URL", "GitHub server for git pushes (default https://github.com)"},
      {"RAXOL_SANDBOX_STATE", "state directory of --sandbox and sandbox serve (default .raxol/sandbox)"},
      {"RAXOL_AUDIT_LOG", "audit trail file (default .raxol/audit.jsonl)"},
      {"GITHUB_ACTIONS",
       "when \"true\": annotations on stderr, CI details in the audit trail, a step summary"},
      {"GITHUB_STEP_SUMMARY", "file the deploy summary is appended to under GitHub Actions"},
      {"NO_COLOR", "when set, no colour even on a terminal"},
  };
  variables.insert(variables.end(), others.begin(), others.end());
  return variables;
}

std::string command_doc_file(const CommandInfo& command) { return command.joined("-") + ".md"; }

}  // namespace raxol
