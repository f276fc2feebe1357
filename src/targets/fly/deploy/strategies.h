// The four rollout strategies, as flyctl defines them (docs/fly.md gives the exact semantics,
// including where ours differ: every strategy verifies machines, and a failure restores).
//   rolling   per process group, one spearhead machine first, then max_unavailable at a time;
//   immediate every machine at once (up to max_concurrent), then verified;
//   canary    one extra machine per group with the new version must become healthy first; it
//             serves alongside while the group rolls and is destroyed at the end;
//   bluegreen a new (green) machine per old (blue) one, unrouted until all are healthy, then
//             greens take traffic and blues are destroyed. Needs health checks.
#pragma once

#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "raxol/ui.h"
#include "targets/fly/deploy/deploy_model.h"
#include "targets/fly/deploy/machine_steps.h"

namespace raxol::fly {

// Everything a strategy changed, in order, for restoring after a failure.
class ChangeLog {
 public:
  struct Entry {
    MachineChange change;
    std::string machine_id;  // the machine as changed (a created machine's new id)
  };
  void record(const MachineChange& change, const std::string& machine_id);
  std::vector<Entry> entries() const;
  // After this, a failure no longer restores (bluegreen: greens already serve).
  void pass_point_of_no_return();
  bool past_point_of_no_return() const;

 private:
  mutable std::mutex mutex_;
  std::vector<Entry> entries_;
  bool no_return_ = false;
};

struct StrategyContext {
  StepContext& steps;
  const FlyPlanDetail& plan;
  // The config to send for a change: the desired config with image and release metadata.
  std::function<nlohmann::json(const MachineChange&)> config_for;
  ChangeLog& changes;
  Progress& progress;
  Ui& ui;
};

// Validates that `strategy` can run this plan (e.g. bluegreen needs checks); a config error
// otherwise.
Status check_strategy(Strategy strategy, const FlyPlanDetail& plan);

// Runs the plan's machine changes with the named strategy.
Status run_strategy(StrategyContext& context);

// How many machines of a group may be down at once: max_unavailable >= 1 is a count, below 1
// a fraction of the group (rounded up); at least 1.
int pool_size(double max_unavailable, size_t group_size);

}  // namespace raxol::fly
