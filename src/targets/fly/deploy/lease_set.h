// The leases a deploy holds on the machines it touches: acquired together before anything
// changes (so two deploys never interleave on one machine), refreshed in the background while
// the rollout runs (short TTLs mean a crashed deploy blocks nobody for long), and always
// released at the end — on success, failure, or SIGINT.
#pragma once

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "raxol/cancel.h"
#include "raxol/clock.h"
#include "targets/fly/api/machines_client.h"

namespace raxol::fly {

class LeaseSet {
 public:
  static constexpr int kTtlSeconds = 13;  // flyctl's default lease TTL
  static constexpr std::chrono::seconds kRefreshEvery{4};

  LeaseSet(MachinesClient& machines, std::string app, std::string description);
  ~LeaseSet();  // releases whatever is still held
  LeaseSet(const LeaseSet&) = delete;
  LeaseSet& operator=(const LeaseSet&) = delete;

  // Leases every machine. The lowest machine id is leased first, alone: every raxol-deploy run
  // orders them the same way, so that lease works as the app's deploy lock and two concurrent
  // deploys never each grab half of the machines. The rest follow in parallel. If any lease
  // cannot be had, releases the ones taken and returns the error; a machine leased by someone
  // else is a conflict naming the holder.
  Status acquire(const std::vector<std::string>& machine_ids, int concurrency);
  // As acquire(), but while another deploy holds a lease, tries again every few seconds until
  // `wait` has passed (telling `on_wait` who holds it, once per holder).
  Status acquire_waiting(const std::vector<std::string>& machine_ids, int concurrency,
                         std::chrono::seconds wait, Clock& clock, const CancelToken& cancel,
                         const std::function<void(const Error&)>& on_wait);
  // Takes over a lease we got another way (a machine created with lease_ttl).
  void adopt(const std::string& machine_id, const std::string& nonce);
  // Drops a lease without releasing it (its machine was destroyed).
  void forget(const std::string& machine_id);
  // The nonce we hold for `machine_id` ("" if none).
  std::string nonce(const std::string& machine_id) const;

  void start_refreshing();
  // The first refresh failure (a lost lease), if any.
  std::optional<Error> refresh_failure() const;
  // Releases every lease (a 404 counts as released). Safe to call more than once.
  void release_all();
  size_t size() const;

 private:
  void refresh_loop();
  Error describe_conflict(const std::string& machine_id, const Error& error);

  MachinesClient& machines_;
  std::string app_;
  std::string description_;
  mutable std::mutex mutex_;
  std::map<std::string, std::string> nonces_;  // machine id -> nonce
  std::optional<Error> refresh_failure_;
  std::condition_variable stop_signal_;
  bool stopping_ = false;
  std::thread refresher_;
};

}  // namespace raxol::fly
