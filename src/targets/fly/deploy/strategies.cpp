#include "targets/fly/deploy/strategies.h"

#include <atomic>
#include <cmath>
#include <map>

#include "util/parallel.h"

namespace raxol::fly {

void ChangeLog::record(const MachineChange& change, const std::string& machine_id) {
  std::lock_guard lock(mutex_);
  entries_.push_back({change, machine_id});
}

std::vector<ChangeLog::Entry> ChangeLog::entries() const {
  std::lock_guard lock(mutex_);
  return entries_;
}

void ChangeLog::pass_point_of_no_return() {
  std::lock_guard lock(mutex_);
  no_return_ = true;
}

bool ChangeLog::past_point_of_no_return() const {
  std::lock_guard lock(mutex_);
  return no_return_;
}

int pool_size(double max_unavailable, size_t group_size) {
  if (group_size == 0) return 1;
  int size = max_unavailable >= 1 ? static_cast<int>(max_unavailable)
                                  : static_cast<int>(std::ceil(group_size * max_unavailable));
  return std::max(1, size);
}

namespace {

constexpr int kMaxGroupsAtOnce = 16;  // flyctl's rollingStrategyMaxConcurrentGroups
constexpr int kColdPool = 30;         // flyctl's STOPPED_MACHINES_POOL_SIZE
constexpr int kMaxVerifyingAtOnce = 128;  // waits are long-polls: cheap, but bounded

bool has_checks(const nlohmann::json& config) {
  if (config.contains("checks") && config["checks"].is_object() && !config["checks"].empty())
    return true;
  if (config.contains("services") && config["services"].is_array())
    for (const auto& service : config["services"])
      if (service.contains("checks") && !service["checks"].empty()) return true;
  return false;
}

// Shared by the steps of one rollout: the first failure stops everything not yet started.
class Rollout {
 public:
  explicit Rollout(StrategyContext& context) : context_(context) {
    for (const auto& change : context.plan.changes)
      if (change.action != MachineChange::Action::destroy) ++total_;
  }

  Status update(const MachineChange& change) {
    if (aborted()) return not_started();
    auto result = update_and_verify(context_.steps, change, context_.config_for(change));
    return finish(result.ok() ? Status() : Status(result.error()), change.machine_id);
  }

  // Creates a machine that is not part of the plan's total (a canary) and verifies it.
  Result<Machine> create_extra(const MachineChange& change, const nlohmann::json& config) {
    if (aborted()) return not_started();
    auto result = create_and_verify(context_.steps, change,
                                    {{"config", config}, {"region", change.region}});
    if (!result.ok()) (void)finish(result.error(), "canary");
    return result;
  }

  Status update_all(const std::vector<const MachineChange*>& changes, int concurrency) {
    ParallelOptions options;
    options.concurrency = concurrency;
    options.cancel = &context_.steps.cancel;
    auto statuses = run_parallel(changes.size(), options, [&](size_t i) { return update(*changes[i]); });
    return summarise(statuses);
  }

  // One spearhead machine alone, then the rest `pool` at a time.
  Status spearhead_then_pool(const std::vector<const MachineChange*>& changes, int pool) {
    if (changes.empty()) return {};
    RAXOL_TRY(update(*changes.front()));
    return update_all({changes.begin() + 1, changes.end()}, pool);
  }

  // Sends every change first (`launch_concurrency` API calls at once), then verifies them all
  // in parallel: the strategies without an availability limit wait for start-ups together
  // instead of one pool slot at a time. `create_body` adds fields to create requests.
  Status launch_then_verify(const std::vector<const MachineChange*>& changes,
                            int launch_concurrency,
                            const nlohmann::json& create_body = nlohmann::json::object(),
                            std::vector<std::string>* machine_ids = nullptr) {
    std::vector<Machine> launched(changes.size());
    ParallelOptions launch;
    launch.concurrency = launch_concurrency;
    launch.cancel = &context_.steps.cancel;
    auto sent = run_parallel(changes.size(), launch, [&](size_t i) -> Status {
      if (aborted()) return not_started();
      const MachineChange& change = *changes[i];
      Result<Machine> machine = Result<Machine>(make_error(ErrorKind::internal, "unset"));
      if (change.action == MachineChange::Action::create) {
        nlohmann::json body = {{"config", context_.config_for(change)}, {"region", change.region}};
        body.update(create_body);
        machine = launch_create(context_.steps, change, body);
      } else {
        machine = launch_update(context_.steps, change, context_.config_for(change));
      }
      if (!machine.ok()) return finish(machine.error(), change.machine_id);
      launched[i] = *machine;
      return {};
    });
    RAXOL_TRY(summarise(sent));
    ParallelOptions verify;
    verify.concurrency = std::min<int>(static_cast<int>(changes.size()), kMaxVerifyingAtOnce);
    verify.cancel = &context_.steps.cancel;
    auto verified = run_parallel(changes.size(), verify, [&](size_t i) -> Status {
      bool created = changes[i]->action == MachineChange::Action::create;
      auto result = verify_launched(context_.steps, *changes[i], launched[i], created);
      return finish(result.ok() ? Status() : Status(result.error()), launched[i].id);
    });
    RAXOL_TRY(summarise(verified));
    if (machine_ids != nullptr)
      for (const auto& machine : launched) machine_ids->push_back(machine.id);
    return {};
  }

  Status summarise(const std::vector<Status>& statuses) {
    if (const Error* failure = first_failure(statuses)) return *failure;
    return {};
  }

  bool aborted() const { return failed_.load() || context_.steps.cancel.requested(); }
 private:
  Status finish(Status status, const std::string& subject) {
    if (!status.ok()) {
      failed_.store(true);
      std::lock_guard lock(mutex_);
      if (!error_) error_ = status.error();
      return status;
    }
    context_.progress.update(++done_, total_, subject);
    return status;
  }
  static Error not_started() { return make_error(ErrorKind::interrupted, "not started"); }

  StrategyContext& context_;
  std::atomic<bool> failed_{false};
  std::atomic<std::uint64_t> done_{0};
  std::uint64_t total_ = 0;
  std::mutex mutex_;
  std::optional<Error> error_;
};

std::vector<const MachineChange*> of_action(const FlyPlanDetail& plan,
                                            MachineChange::Action action) {
  std::vector<const MachineChange*> result;
  for (const auto& change : plan.changes)
    if (change.action == action) result.push_back(&change);
  return result;
}

std::map<std::string, std::vector<const MachineChange*>> updates_by_group(
    const FlyPlanDetail& plan) {
  std::map<std::string, std::vector<const MachineChange*>> groups;
  for (const auto* change : of_action(plan, MachineChange::Action::update))
    groups[change->group].push_back(change);
  return groups;
}

Status roll(StrategyContext& context, Rollout& rollout) {
  auto groups = updates_by_group(context.plan);
  std::vector<std::vector<const MachineChange*>> sets;  // per group: warm machines, cold ones
  std::vector<int> pools;
  for (auto& [group, changes] : groups) {
    std::vector<const MachineChange*> warm, cold;
    for (const auto* change : changes) (change->keeps_stopped() ? cold : warm).push_back(change);
    sets.push_back(warm);
    pools.push_back(pool_size(context.plan.inputs.max_unavailable, warm.size()));
    sets.push_back(cold);
    pools.push_back(std::min<int>(kColdPool, std::max<size_t>(1, cold.size())));
  }
  ParallelOptions options;
  options.concurrency = kMaxGroupsAtOnce * 2;
  options.cancel = &context.steps.cancel;
  auto statuses = run_parallel(sets.size(), options, [&](size_t i) {
    return rollout.spearhead_then_pool(sets[i], pools[i]);
  });
  RAXOL_TRY(rollout.summarise(statuses));
  return rollout.launch_then_verify(of_action(context.plan, MachineChange::Action::create),
                                    context.plan.inputs.max_concurrent);
}

Status immediate(StrategyContext& context, Rollout& rollout) {
  std::vector<const MachineChange*> all;
  for (const auto& change : context.plan.changes)
    if (change.action != MachineChange::Action::destroy) all.push_back(&change);
  return rollout.launch_then_verify(all, context.plan.inputs.max_concurrent);
}

Status canary(StrategyContext& context, Rollout& rollout) {
  std::vector<std::string> canaries;
  for (auto& [group, changes] : updates_by_group(context.plan)) {
    MachineChange canary = *changes.front();
    canary.action = MachineChange::Action::create;
    canary.machine_id.clear();
    canary.state_before.clear();
    nlohmann::json config = context.config_for(*changes.front());
    config["metadata"]["fly_canary"] = "true";
    auto created = rollout.create_extra(canary, config);
    if (!created.ok()) return created.error().with_note("the canary for group " + group + " failed");
    canaries.push_back(created->id);
    context.ui.info("  canary " + created->id + " (" + group + ") is healthy; rolling the group");
  }
  Status rolled = roll(context, rollout);
  if (!rolled.ok()) return rolled;
  // The canaries served beside the group while it rolled; the group is now whole without them.
  for (const auto& id : canaries) {
    Status destroyed = destroy_machine(context.steps, id);
    if (!destroyed.ok())
      context.ui.warn("could not destroy canary " + id + ": " + destroyed.error().message);
  }
  return {};
}

Status bluegreen(StrategyContext& context, Rollout& rollout) {
  auto blues = of_action(context.plan, MachineChange::Action::update);
  std::vector<MachineChange> greens;
  for (const auto* blue : blues) {
    MachineChange green = *blue;
    green.action = MachineChange::Action::create;
    green.machine_id.clear();
    green.state_before.clear();
    greens.push_back(green);
  }
  std::vector<const MachineChange*> green_changes;
  for (const auto& green : greens) green_changes.push_back(&green);
  int pool = std::max(1, std::min<int>(static_cast<int>(std::ceil(greens.size() / 3.0)),
                                       context.plan.inputs.max_concurrent));
  std::vector<std::string> green_ids;
  // Greens start unrouted: traffic stays on the blues until every green is healthy.
  RAXOL_TRY(rollout.launch_then_verify(green_changes, pool, {{"skip_service_registration", true}},
                                       &green_ids));
  RAXOL_TRY(rollout.launch_then_verify(of_action(context.plan, MachineChange::Action::create),
                                       context.plan.inputs.max_concurrent));
  ParallelOptions all_at_once;
  all_at_once.concurrency = kMaxVerifyingAtOnce;  // one call per machine, no shared limit
  all_at_once.stop_on_failure = true;
  auto uncordoned = run_parallel(green_ids.size(), all_at_once, [&](size_t i) {
    return context.steps.machines.cordon_machine(context.steps.app, green_ids[i],
                                                 context.steps.leases.nonce(green_ids[i]), false);
  });
  RAXOL_TRY(rollout.summarise(uncordoned));
  context.changes.pass_point_of_no_return();
  context.ui.info("  greens take traffic; retiring " + std::to_string(blues.size()) +
                  " blue machines");
  std::vector<std::string> stuck;
  std::mutex stuck_mutex;
  all_at_once.stop_on_failure = false;
  run_parallel(blues.size(), all_at_once, [&](size_t i) -> Status {
    Status destroyed = destroy_machine(context.steps, blues[i]->machine_id);
    if (!destroyed.ok()) {
      std::lock_guard lock(stuck_mutex);
      stuck.push_back(blues[i]->machine_id);
    }
    return destroyed;
  });
  if (!stuck.empty()) {
    Error error = make_error(ErrorKind::failed, "the new machines serve, but " +
                                                    std::to_string(stuck.size()) +
                                                    " old machines could not be destroyed");
    for (const auto& id : stuck)
      error.notes.push_back("destroy it by hand: fly machines destroy --force " + id);
    return error;
  }
  return {};
}

}  // namespace

Status check_strategy(Strategy strategy, const FlyPlanDetail& plan) {
  if (strategy == Strategy::bluegreen) {
    for (const auto& [group, config] : plan.inputs.group_configs)
      if (!has_checks(config))
        return make_error(ErrorKind::config,
                          "bluegreen needs health checks: process group '" + group +
                              "' has none (add [[http_service.checks]] or [checks] to fly.toml)");
  }
  if (strategy == Strategy::canary) {
    for (const auto& [group, config] : plan.inputs.group_configs)
      if (config.contains("mounts") && !config["mounts"].empty())
        return make_error(ErrorKind::config, "canary cannot be used with mounted volumes "
                                             "(process group '" + group + "')");
  }
  return {};
}

Status run_strategy(StrategyContext& context) {
  Rollout rollout(context);
  const Strategy strategy = context.plan.inputs.strategy;
  // A first deploy has nothing to protect: every strategy just creates the machines.
  bool first_deploy = of_action(context.plan, MachineChange::Action::update).empty();
  if (strategy == Strategy::immediate) return immediate(context, rollout);
  if (strategy == Strategy::canary && !first_deploy) return canary(context, rollout);
  if (strategy == Strategy::bluegreen && !first_deploy) return bluegreen(context, rollout);
  return roll(context, rollout);
}

}  // namespace raxol::fly
