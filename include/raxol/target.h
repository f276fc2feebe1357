// The one interface every deploy target implements (Fly Machines, Cloudflare Pages, GitHub
// Pages). Optional abilities are facets: a target returns nullptr for one it lacks and the
// command reports "not supported by <kind>"; no method is ever stubbed out.
#pragma once

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "raxol/result.h"
#include "raxol/target_spec.h"

namespace raxol {

class Progress;
class SecretsFacet;
class CertificatesFacet;
class LogsFacet;
class ExecFacet;

// What the user asked to deploy; each target reads the fields that concern it and rejects
// the ones that make no sense for it.
struct DeployRequest {
  std::string image;                 // fly: image reference
  std::string strategy;              // fly: rolling|immediate|canary|bluegreen (empty: config)
  std::optional<double> max_unavailable;
  std::optional<std::chrono::seconds> wait_timeout;
  bool with_release_command = true;  // fly: false for rollbacks unless asked
  std::string branch;                // pages: preview branch / gh-pages: publish branch
  std::string commit_hash;           // source commit metadata
  std::string commit_message;
  std::optional<bool> commit_dirty;
  std::string description;           // recorded with the release ("rollback to v3")
  // How long to wait for another deploy of the same target to finish (0: fail at once).
  std::chrono::seconds lock_wait{0};
};

// One line of a plan: "update machine 3d8d... (sjc) app: image a -> b".
struct PlanStep {
  std::string action;   // "lease", "create", "update", "upload", "commit", "run", ...
  std::string subject;  // the machine, file group, branch...
  std::string detail;   // what changes
};

// Target-private state that apply() needs (derived during plan()).
class PlanDetail {
 public:
  virtual ~PlanDetail() = default;
  virtual nlohmann::json to_json() const = 0;
};

struct Plan {
  std::string target;  // the target's name
  std::string kind;
  std::vector<PlanStep> steps;  // in execution order
  nlohmann::json summary = nlohmann::json::object();  // counts, bytes, release numbers
  std::shared_ptr<const PlanDetail> detail;
  bool no_changes() const { return steps.empty(); }
};

// The result of apply() or rollback().
struct Outcome {
  std::string target;
  std::string result;          // "deployed" | "unchanged" | "rolled-back"
  std::string release_before;  // e.g. "v3", a deployment id, a commit
  std::string release_after;
  std::string url;
  nlohmann::json details = nlohmann::json::object();
};

struct Release {
  std::string id;
  std::string version;      // human label: "v3", a short deployment id, a short commit
  std::string status;       // running|complete|failed|interrupted|success|...
  std::string created_at;   // RFC 3339
  std::string user;
  std::string description;
  std::string ref;          // image reference, deployment URL or commit
  bool current = false;
  nlohmann::json details = nlohmann::json::object();
};

struct TargetStatus {
  std::string target;
  std::string kind;
  std::string url;
  std::string release;  // the release serving now
  std::string health;   // "healthy" | "degraded" | "down" | "not deployed"
  nlohmann::json details = nlohmann::json::object();  // machines, deployments, ...
};

struct RollbackRequest {
  std::string to;  // release id or version; empty: the last good release before the current one
  bool with_release_command = false;
  bool dry_run = false;     // work out what would change, change nothing
  DeployRequest overrides;  // strategy, timeouts... that apply to the redeploy
};

class Target {
 public:
  virtual ~Target() = default;

  // The kind name as shown in --json ("fly", "cloudflare-pages", "github-pages").
  virtual std::string kind() const = 0;
  // The name the command line uses for this target.
  virtual const TargetSpec& spec() const = 0;

  // Works out every step a deploy would take. Read-only: sends no mutating request.
  virtual Result<Plan> plan(const DeployRequest& request) = 0;
  // Carries out a plan from plan(). On failure, restores what it changed (or leaves the
  // previous release serving) and says which in the error (kind rolled_back or failed).
  virtual Result<Outcome> apply(const Plan& plan, Progress& progress) = 0;
  // What is serving now.
  virtual Result<TargetStatus> status() = 0;
  // Recorded releases, newest first.
  virtual Result<std::vector<Release>> releases() = 0;
  // Makes an earlier release current again, recording a new release where the platform can.
  virtual Result<Outcome> rollback(const RollbackRequest& request, Progress& progress) = 0;

  // Optional facets; nullptr when the target does not offer them.
  virtual SecretsFacet* secrets() { return nullptr; }
  virtual CertificatesFacet* certificates() { return nullptr; }
  virtual LogsFacet* logs() { return nullptr; }
  virtual ExecFacet* exec() { return nullptr; }
};

}  // namespace raxol
