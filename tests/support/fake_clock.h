// A clock whose time moves only when someone sleeps or the test advances it.
#pragma once

#include <mutex>
#include <vector>

#include "raxol/clock.h"

namespace raxol::test {

class FakeClock : public Clock {
 public:
  std::chrono::system_clock::time_point now() const override;
  std::chrono::steady_clock::time_point steady_now() const override;
  void sleep_for(std::chrono::milliseconds duration) override;  // advances, records
  void advance(std::chrono::milliseconds duration);
  std::vector<std::chrono::milliseconds> sleeps() const;

 private:
  mutable std::mutex mutex_;
  std::chrono::milliseconds elapsed_{0};
  std::vector<std::chrono::milliseconds> sleeps_;
};

}  // namespace raxol::test
