#include "render/exit_codes.h"

namespace raxol {

int exit_code_for(const Error& error) {
  switch (error.kind) {
    case ErrorKind::usage:
    case ErrorKind::config:
      return kExitUsage;
    case ErrorKind::auth:
      return kExitAuth;
    case ErrorKind::rolled_back:
      return kExitRolledBack;
    case ErrorKind::partial:
      return kExitPartial;
    case ErrorKind::conflict:
      return kExitConflict;
    case ErrorKind::interrupted:
      return kExitInterrupted;
    case ErrorKind::build:
      return kExitBuild;
    case ErrorKind::regression:
      return kExitRegression;
    case ErrorKind::not_found:
    case ErrorKind::network:
    case ErrorKind::api:
    case ErrorKind::timeout:
    case ErrorKind::failed:
    case ErrorKind::unsupported:
    case ErrorKind::internal:
      return kExitFailure;
  }
  return kExitFailure;
}

nlohmann::json error_to_json(const Error& error) {
  nlohmann::json json = {{"kind", error_kind_name(error.kind)},
                         {"message", error.message},
                         {"notes", error.notes},
                         {"exit_code", exit_code_for(error)}};
  if (error.http_status != 0) json["http_status"] = error.http_status;
  return json;
}

const char* error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::usage: return "usage";
    case ErrorKind::config: return "config";
    case ErrorKind::auth: return "auth";
    case ErrorKind::not_found: return "not_found";
    case ErrorKind::conflict: return "conflict";
    case ErrorKind::network: return "network";
    case ErrorKind::api: return "api";
    case ErrorKind::timeout: return "timeout";
    case ErrorKind::failed: return "failed";
    case ErrorKind::rolled_back: return "rolled_back";
    case ErrorKind::partial: return "partial";
    case ErrorKind::interrupted: return "interrupted";
    case ErrorKind::unsupported: return "unsupported";
    case ErrorKind::build: return "build";
    case ErrorKind::regression: return "regression";
    case ErrorKind::internal: return "internal";
  }
  return "internal";
}

}  // namespace raxol
