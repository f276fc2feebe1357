// The exit code of every outcome, decided here and nowhere else (docs/exit-codes.md).
#pragma once

#include <nlohmann/json.hpp>

#include "raxol/result.h"

namespace raxol {

enum ExitCode : int {
  kExitOk = 0,
  kExitFailure = 1,
  kExitUsage = 2,  // usage or configuration error
  kExitAuth = 3,
  kExitRolledBack = 4,  // deploy failed; the previous release was restored and is serving
  kExitPartial = 5,     // required targets deployed, an optional one failed
  kExitConflict = 6,    // a lease or deploy lock is held by someone else
  kExitBuild = 7,       // the image build or push failed; nothing was deployed
  kExitRegression = 8,  // perf check found a performance regression
  kExitInterrupted = 130,
};

int exit_code_for(const Error& error);
// {"kind", "message", "notes", "exit_code", "http_status"?}: how --json shows an error.
nlohmann::json error_to_json(const Error& error);
const char* error_kind_name(ErrorKind kind);

}  // namespace raxol
