// Optional abilities of a target (see target.h): a target that has one returns it from the
// matching Target method; commands report "not supported by <kind>" for a nullptr.
#pragma once

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "raxol/result.h"

namespace raxol {

struct LogEntry {
  std::string timestamp;  // RFC 3339
  std::string message;
  std::string level;
  std::string source;  // machine id, deployment...
  std::string region;
};

struct LogQuery {
  bool follow = false;   // keep printing new lines until interrupted
  std::string source;    // only this machine
  std::string region;    // only this region
  size_t limit = 100;    // how many recent lines to start with
};

class LogsFacet {
 public:
  virtual ~LogsFacet() = default;
  // Calls `sink` for each line, oldest first: the `limit` most recent, then, with `follow`,
  // new ones as they come until the context's cancel token is set.
  virtual Status read_logs(const LogQuery& query,
                           const std::function<void(const LogEntry&)>& sink) = 0;
};

struct ExecResult {
  std::string source;  // where it ran (machine id)
  int exit_code = 0;
  std::string out;
  std::string err;
};

class ExecFacet {
 public:
  virtual ~ExecFacet() = default;
  // Runs `command` once in a running instance (`source`, or any running one when empty).
  virtual Result<ExecResult> exec(const std::string& source, const std::vector<std::string>& command,
                                  int timeout_seconds) = 0;
};

// A secret as a platform reports it: never its value.
struct SecretInfo {
  std::string name;
  std::string digest;      // the platform's digest of the value, when it gives one
  std::string scope;       // "app", "production", "preview", "repository"...
  std::string status;      // "deployed" | "staged" | "" when the platform has no such notion
  std::string created_at;
  std::string updated_at;
};

struct SecretsRequest {
  std::map<std::string, std::string> values;  // set: name -> value (never logged)
  std::vector<std::string> names;             // unset: the names to remove
  bool stage = false;      // store only; running instances pick them up at the next deploy
  std::string scope;       // "" for the target's default (pages: "production" or "preview")
};

struct SecretsOutcome {
  std::vector<std::string> names;  // the names changed
  std::string applied;             // "staged" | "deployed" | "stored"
  std::string release;             // the release that applied them, when one was made
  nlohmann::json details = nlohmann::json::object();  // e.g. machines restarted
};

class SecretsFacet {
 public:
  virtual ~SecretsFacet() = default;
  // Names, digests and dates; values are never read back.
  virtual Result<std::vector<SecretInfo>> list_secrets(const std::string& scope) = 0;
  // Stores `values` on the platform and, unless staged, makes running instances use them.
  virtual Result<SecretsOutcome> set_secrets(const SecretsRequest& request) = 0;
  // Removes `names`; unless staged, running instances stop seeing them.
  virtual Result<SecretsOutcome> unset_secrets(const SecretsRequest& request) = 0;
  // Applies staged secrets to running instances (a restart); unsupported where nothing stages.
  virtual Result<SecretsOutcome> deploy_secrets() = 0;
};

// A DNS record the user has to create for a custom domain.
struct DnsRecord {
  std::string type;   // A, AAAA, CNAME, TXT
  std::string name;   // the record's name ("raxol.io", "_acme-challenge.raxol.io")
  std::string value;
  std::string purpose;  // "traffic", "certificate validation", "ownership"
};

struct CertificateInfo {
  std::string hostname;
  std::string status;  // "pending" | "issued" | "failed" | platform words ("awaiting_configuration")
  bool issued = false;
  std::vector<DnsRecord> dns_records;  // what to set, when the platform says
  std::string expires_at;
  nlohmann::json details = nlohmann::json::object();
};

class CertificatesFacet {
 public:
  virtual ~CertificatesFacet() = default;
  // Attaches `hostname` to the target and asks for a certificate; says which DNS records to set.
  virtual Result<CertificateInfo> add_certificate(const std::string& hostname) = 0;
  virtual Result<CertificateInfo> show_certificate(const std::string& hostname) = 0;
  // Asks the platform to look again (DNS, validation) and returns the fresh state.
  virtual Result<CertificateInfo> check_certificate(const std::string& hostname) = 0;
  virtual Result<std::vector<CertificateInfo>> list_certificates() = 0;
  virtual Status remove_certificate(const std::string& hostname) = 0;
};

// Files a static-site target has published, read back from what serves (the publish branch's
// tip): how a dashboard that keeps its history on the branch finds the runs others published.
class PublishedFilesFacet {
 public:
  virtual ~PublishedFilesFacet() = default;
  // Every file under `folder` (relative to the target's destination), by path relative to
  // `folder`, with its contents; empty when nothing is published there yet.
  virtual Result<std::map<std::string, std::string>> published_files(const std::string& folder) = 0;
};

}  // namespace raxol
