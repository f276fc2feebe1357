#include "support/fake_clock.h"

namespace raxol::test {

namespace {
// A fixed origin so that timestamps in tests are reproducible: 2026-01-01T00:00:00Z.
const auto kOrigin = std::chrono::system_clock::from_time_t(1767225600);
}  // namespace

std::chrono::system_clock::time_point FakeClock::now() const {
  std::lock_guard lock(mutex_);
  return kOrigin + elapsed_;
}

std::chrono::steady_clock::time_point FakeClock::steady_now() const {
  std::lock_guard lock(mutex_);
  return std::chrono::steady_clock::time_point(elapsed_);
}

void FakeClock::sleep_for(std::chrono::milliseconds duration) {
  std::lock_guard lock(mutex_);
  sleeps_.push_back(duration);
  elapsed_ += duration;
}

void FakeClock::advance(std::chrono::milliseconds duration) {
  std::lock_guard lock(mutex_);
  elapsed_ += duration;
}

std::vector<std::chrono::milliseconds> FakeClock::sleeps() const {
  std::lock_guard lock(mutex_);
  return sleeps_;
}

}  // namespace raxol::test
