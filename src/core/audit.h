// The audit trail: one JSON line per mutating action (deploy, rollback, exec, secrets, certs)
// in .raxol/audit.jsonl of the project — who (git user or CI actor), what, which target, the
// release before and after, the result and how long it took. The platforms keep their own
// record of the same facts (Fly release records, Pages deployments, gh-pages commits); this one
// joins all tiers in one place. Secret values never enter it: only names.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "raxol/context.h"

namespace raxol {

struct AuditEntry {
  std::string time;     // RFC 3339
  std::string user;
  std::string action;   // "deploy", "rollback", "exec", "secrets set", ...
  std::string target;
  std::string kind;
  std::string result;   // deployed, unchanged, rolled-back, failed, ...
  std::string release_before;
  std::string release_after;
  double duration_seconds = 0;
  std::string error;    // the error message when it failed
  nlohmann::json details = nlohmann::json::object();  // e.g. secret names, CI run

  nlohmann::json to_json() const;
  static AuditEntry from_json(const nlohmann::json& json);
};

// What one run of a mutating command did: one entry per target it touched, with the facts the
// command knows (target, kind, result, releases, names — never secret values). The command line
// (src/cli/app.cpp) completes and writes them in one place, through record_command_audit.
struct AuditFacts {
  std::vector<AuditEntry> entries;

  // A new entry for `target`, to fill in as the work goes on.
  AuditEntry& add(const std::string& target, const std::string& kind);
};

// Records every entry of `facts` for `action` ("deploy", "secrets set"): an entry without a
// result took part in a run that ended with `status`, so it is "failed" with that error; an
// entry without a duration gets the whole command's.
void record_command_audit(Context& context, const std::string& action, AuditFacts facts,
                          const Status& status, double seconds);

// .raxol/audit.jsonl in the working directory (the project), or $RAXOL_AUDIT_LOG.
std::filesystem::path audit_log_path(const Context& context);

// Fills time, user and CI details, then appends. A write failure is a warning, never fatal.
void record_audit(Context& context, AuditEntry entry);

// Every entry, oldest first; lines that do not parse are skipped.
std::vector<AuditEntry> read_audit(const Context& context);

}  // namespace raxol
