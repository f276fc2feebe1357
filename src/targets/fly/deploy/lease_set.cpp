#include "targets/fly/deploy/lease_set.h"

#include "util/parallel.h"

#include <algorithm>
#include <cstdlib>
#include "raxol/clock.h"
#include "util/time_format.h"

namespace raxol::fly {

LeaseSet::LeaseSet(MachinesClient& machines, std::string app, std::string description)
    : machines_(machines), app_(std::move(app)), description_(std::move(description)) {}

LeaseSet::~LeaseSet() { release_all(); }

Error LeaseSet::describe_conflict(const std::string& machine_id, const Error& error) {
  if (error.kind != ErrorKind::conflict) return error;
  Error conflict = make_error(ErrorKind::conflict, "machine " + machine_id + " of " + app_ +
                                                       " is leased by someone else");
  auto current = machines_.get_lease(app_, machine_id);
  if (current.ok() && current->has_value()) {
    const Lease& lease = **current;
    std::string holder = lease.owner.empty() ? std::string("unknown") : lease.owner;
    if (!lease.description.empty()) holder += " (" + lease.description + ")";
    conflict.message = "machine " + machine_id + " of " + app_ + " is leased by " + holder +
                       " until " +
                       format_rfc3339(std::chrono::system_clock::from_time_t(lease.expires_at));
  }
  conflict.notes.push_back("the API said: " + error.message);
  conflict.notes.push_back("another deploy is probably running; nothing was changed");
  conflict.http_status = error.http_status;
  return conflict;
}

Status LeaseSet::acquire(const std::vector<std::string>& unordered_ids, int concurrency) {
  std::vector<std::string> machine_ids = unordered_ids;
  std::sort(machine_ids.begin(), machine_ids.end());
  if (machine_ids.empty()) return {};
  auto first = machines_.acquire_lease(app_, machine_ids.front(), kTtlSeconds, description_);
  if (!first.ok()) return describe_conflict(machine_ids.front(), first.error());
  adopt(machine_ids.front(), first->nonce);
  machine_ids.erase(machine_ids.begin());
  std::vector<std::string> taken(machine_ids.size());
  ParallelOptions options;
  options.concurrency = concurrency;
  auto statuses = run_parallel(machine_ids.size(), options, [&](size_t i) -> Status {
    auto lease = machines_.acquire_lease(app_, machine_ids[i], kTtlSeconds, description_);
    if (!lease.ok()) return describe_conflict(machine_ids[i], lease.error());
    taken[i] = lease->nonce;
    return {};
  });
  for (size_t i = 0; i < machine_ids.size(); ++i)
    if (!taken[i].empty()) adopt(machine_ids[i], taken[i]);
  if (const Error* failure = first_failure(statuses)) {
    Error error = *failure;
    release_all();
    return error;
  }
  return {};
}

Status LeaseSet::acquire_waiting(const std::vector<std::string>& machine_ids, int concurrency,
                                 std::chrono::seconds wait, Clock& clock,
                                 const CancelToken& cancel,
                                 const std::function<void(const Error&)>& on_wait) {
  const auto deadline = clock.steady_now() + wait;
  std::string last_holder;
  while (true) {
    Status acquired = acquire(machine_ids, concurrency);
    if (acquired.ok() || acquired.error().kind != ErrorKind::conflict) return acquired;
    if (cancel.requested()) return make_error(ErrorKind::interrupted, "interrupted");
    if (clock.steady_now() >= deadline) {
      Error error = acquired.error();
      if (wait.count() > 0)
        error.notes.push_back("waited " + std::to_string(wait.count()) + "s (--lock-wait)");
      return error;
    }
    if (acquired.error().message != last_holder) {
      last_holder = acquired.error().message;
      if (on_wait) on_wait(acquired.error());
    }
    // A jittered pause, so that two waiting deploys do not retry in lockstep.
    clock.sleep_for(std::chrono::milliseconds(1500 + std::rand() % 1000));
  }
}

void LeaseSet::adopt(const std::string& machine_id, const std::string& nonce) {
  std::lock_guard lock(mutex_);
  nonces_[machine_id] = nonce;
}

void LeaseSet::forget(const std::string& machine_id) {
  std::lock_guard lock(mutex_);
  nonces_.erase(machine_id);
}

std::string LeaseSet::nonce(const std::string& machine_id) const {
  std::lock_guard lock(mutex_);
  auto found = nonces_.find(machine_id);
  return found == nonces_.end() ? std::string() : found->second;
}

size_t LeaseSet::size() const {
  std::lock_guard lock(mutex_);
  return nonces_.size();
}

std::optional<Error> LeaseSet::refresh_failure() const {
  std::lock_guard lock(mutex_);
  return refresh_failure_;
}

void LeaseSet::start_refreshing() {
  std::lock_guard lock(mutex_);
  if (refresher_.joinable()) return;
  stopping_ = false;
  refresher_ = std::thread([this] { refresh_loop(); });
}

void LeaseSet::refresh_loop() {
  std::unique_lock lock(mutex_);
  while (!stop_signal_.wait_for(lock, kRefreshEvery, [this] { return stopping_; })) {
    auto held = nonces_;
    lock.unlock();
    std::vector<std::pair<std::string, std::string>> leases(held.begin(), held.end());
    ParallelOptions options;
    options.concurrency = 16;
    options.stop_on_failure = false;
    auto statuses = run_parallel(leases.size(), options, [&](size_t i) -> Status {
      auto refreshed =
          machines_.acquire_lease(app_, leases[i].first, kTtlSeconds, description_, leases[i].second);
      if (!refreshed.ok()) return refreshed.error();
      if (refreshed->nonce != leases[i].second)
        return make_error(ErrorKind::conflict,
                          "lost the lease on machine " + leases[i].first + " (new nonce)");
      return {};
    });
    lock.lock();
    for (size_t i = 0; i < statuses.size(); ++i) {
      // A machine forgotten meanwhile (destroyed) may legitimately have lost its lease.
      if (!statuses[i].ok() && nonces_.count(leases[i].first) && !refresh_failure_)
        refresh_failure_ = statuses[i].error();
    }
  }
}

void LeaseSet::release_all() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stop_signal_.notify_all();
  if (refresher_.joinable()) refresher_.join();
  std::vector<std::pair<std::string, std::string>> leases;
  {
    std::lock_guard lock(mutex_);
    leases.assign(nonces_.begin(), nonces_.end());
    nonces_.clear();
  }
  ParallelOptions options;
  options.concurrency = 128;  // leases are per machine: release them all in one round
  options.stop_on_failure = false;
  // Best effort: an unreleased lease expires by itself within its short TTL.
  run_parallel(leases.size(), options, [&](size_t i) -> Status {
    return machines_.release_lease(app_, leases[i].first, leases[i].second);
  });
}

}  // namespace raxol::fly
