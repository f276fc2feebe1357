// The one interface every deploy target implements (Fly Machines, Cloudflare Pages, GitHub
// Pages). Optional abilities are facets: a target returns nullptr for one it lacks and the
// command reports "not supported by <kind>"; no method is ever stubbed out.
//
// A deploy and a rollback are both a plan (read-only) and then its apply, so that
// `deploy --dry-run` and `rollback --dry-run` print the same kind of numbered plan.
#pragma once

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "raxol/enum_names.h"
#include "raxol/options.h"
#include "raxol/result.h"
#include "raxol/target_spec.h"

namespace raxol {

class Progress;
class SecretsFacet;
class CertificatesFacet;
class LogsFacet;
class ExecFacet;
class PublishedFilesFacet;

// What a release is, across platforms (a Fly release, a Pages deployment, a publish commit).
enum class ReleaseStatus { pending, running, complete, failed, interrupted };
inline constexpr EnumNames<ReleaseStatus, 5> kReleaseStatusNames{{{
    {ReleaseStatus::pending, "pending"},
    {ReleaseStatus::running, "running"},
    {ReleaseStatus::complete, "complete"},
    {ReleaseStatus::failed, "failed"},
    {ReleaseStatus::interrupted, "interrupted"},
}}};

// How what is serving looks from outside.
enum class Health { healthy, degraded, idle, down, not_deployed };
inline constexpr EnumNames<Health, 5> kHealthNames{{{
    {Health::healthy, "healthy"},
    {Health::degraded, "degraded"},
    {Health::idle, "idle"},  // nothing running, started on demand (Fly auto-stop)
    {Health::down, "down"},
    {Health::not_deployed, "not deployed"},
}}};

// What happened to one target in a deploy or rollback.
enum class RunResult { deployed, unchanged, rolled_back, failed, skipped, not_started, built };
inline constexpr EnumNames<RunResult, 7> kRunResultNames{{{
    {RunResult::deployed, "deployed"},
    {RunResult::unchanged, "unchanged"},
    {RunResult::rolled_back, "rolled-back"},
    {RunResult::failed, "failed"},
    {RunResult::skipped, "skipped"},
    {RunResult::not_started, "not started"},
    {RunResult::built, "built"},  // --build-only: an image was built (and pushed), no deploy
}}};

// The first note of the ErrorKind::conflict a target returns when someone else changed what
// it publishes between its plan and its push, and it did not re-apply by itself (a caller
// that can rebuild the content — the performance dashboard — plans again instead).
inline constexpr const char* kLostRaceNote = "lost a race: the destination moved while publishing";

// What the user asked to deploy: the options every kind understands, plus the options the
// target's kind declares (its TargetKind::deploy_options); core/ refuses a kind option the
// chosen kind does not declare before a target sees the request.
struct DeployRequest {
  std::string description;                          // recorded with the release (--message)
  std::optional<std::chrono::seconds> wait_timeout;  // how long to wait for health / builds
  OptionValues options;                             // the kind's own options, by name
};

struct RollbackRequest {
  std::string to;  // release id or version; empty: the last good release before the current one
  std::optional<std::chrono::seconds> wait_timeout;
  OptionValues options;  // the kind's own rollback options (TargetKind::rollback_options)
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

enum class PlanPurpose { deploy, rollback };

struct Plan {
  std::string target;  // the target's name
  std::string kind;
  PlanPurpose purpose = PlanPurpose::deploy;
  std::vector<PlanStep> steps;  // in execution order
  nlohmann::json summary = nlohmann::json::object();  // counts, bytes, release numbers
  std::shared_ptr<const PlanDetail> detail;
  bool no_changes() const { return steps.empty(); }
};

// The result of apply().
struct Outcome {
  std::string target;
  RunResult result = RunResult::deployed;  // deployed, unchanged or rolled_back
  std::string release_before;  // e.g. "v3", a deployment id, a commit
  std::string release_after;
  std::string url;
  nlohmann::json details = nlohmann::json::object();
};

struct Release {
  std::string id;
  std::string version;  // human label: "v3", a short deployment id, a short commit
  ReleaseStatus status = ReleaseStatus::complete;
  std::string created_at;   // RFC 3339
  std::string user;
  std::string description;
  std::string ref;          // image reference, deployment URL or commit
  bool current = false;     // the release serving now
  nlohmann::json details = nlohmann::json::object();
};

struct TargetStatus {
  std::string target;
  std::string kind;
  std::string url;
  std::string release;  // the release serving now
  Health health = Health::not_deployed;
  nlohmann::json details = nlohmann::json::object();  // machines, deployments, ...
};

class Target {
 public:
  virtual ~Target() = default;

  // The name and settings the project gave this target.
  virtual const TargetSpec& spec() const = 0;
  // The kind name as shown in --json ("fly", "cloudflare-pages", "github-pages").
  const std::string& kind() const { return spec().kind; }

  // Works out every step a deploy would take. Read-only: sends no mutating request.
  virtual Result<Plan> plan(const DeployRequest& request) = 0;
  // Works out every step that makes an earlier release serve again, as a new release where the
  // platform records them. Read-only. An unknown `to` is ErrorKind::not_found.
  virtual Result<Plan> plan_rollback(const RollbackRequest& request) = 0;
  // Carries out a plan from plan() or plan_rollback(). On failure, restores what it changed (or
  // leaves the previous release serving) and says which in the error (rolled_back or failed).
  virtual Result<Outcome> apply(const Plan& plan, Progress& progress) = 0;
  // What is serving now.
  virtual Result<TargetStatus> status() = 0;
  // Recorded releases, newest first.
  virtual Result<std::vector<Release>> releases() = 0;

  // Optional facets; nullptr when the target does not offer them.
  virtual SecretsFacet* secrets() { return nullptr; }
  virtual CertificatesFacet* certificates() { return nullptr; }
  virtual LogsFacet* logs() { return nullptr; }
  virtual ExecFacet* exec() { return nullptr; }
  virtual PublishedFilesFacet* published_files() { return nullptr; }
};

}  // namespace raxol
