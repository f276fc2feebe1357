// Time and sleeping behind one seam, so that retries, waits and timeouts are testable without
// sleeping for real.
#pragma once

#include <chrono>
#include <memory>

namespace raxol {

class Clock {
 public:
  virtual ~Clock() = default;
  // Wall-clock time, for timestamps shown to people and written to records.
  virtual std::chrono::system_clock::time_point now() const = 0;
  // Monotonic time, for measuring durations and deadlines.
  virtual std::chrono::steady_clock::time_point steady_now() const = 0;
  // Blocks the caller for `duration` (a fake clock only advances its time).
  virtual void sleep_for(std::chrono::milliseconds duration) = 0;
};

std::unique_ptr<Clock> make_system_clock();

}  // namespace raxol
