// Cooperative cancellation: SIGINT/SIGTERM set the flag; long loops check it and unwind through
// their cleanup (leases released, half-done work restored) instead of dying mid-step.
#pragma once

#include <atomic>

namespace raxol {

class CancelToken {
 public:
  bool requested() const { return flag_.load(std::memory_order_relaxed); }
  void request() { flag_.store(true, std::memory_order_relaxed); }
  int signal_number() const { return signal_.load(std::memory_order_relaxed); }
  void request_from_signal(int signal) {
    signal_.store(signal, std::memory_order_relaxed);
    request();
  }

 private:
  std::atomic<bool> flag_{false};
  std::atomic<int> signal_{0};
};

// Installs SIGINT/SIGTERM handlers that call token.request_from_signal().
void install_signal_handlers(CancelToken& token);

}  // namespace raxol
