#include "util/parallel.h"

#include <algorithm>
#include <mutex>
#include <thread>

namespace raxol {

namespace {
const char* kNotStarted = "not started";
}

std::vector<Status> run_parallel(size_t count, const ParallelOptions& options,
                                 const std::function<Status(size_t)>& work) {
  std::vector<Status> results(count, Status(make_error(ErrorKind::interrupted, kNotStarted)));
  if (count == 0) return results;
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  auto worker = [&] {
    while (true) {
      if (options.stop_on_failure && failed.load()) return;
      if (options.cancel != nullptr && options.cancel->requested()) return;
      size_t index = next.fetch_add(1);
      if (index >= count) return;
      Status status = work(index);
      if (!status.ok()) failed.store(true);
      results[index] = std::move(status);
    }
  };
  size_t threads = std::min<size_t>(count, static_cast<size_t>(std::max(1, options.concurrency)));
  if (threads == 1) {
    worker();
    return results;
  }
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (size_t i = 0; i < threads; ++i) pool.emplace_back(worker);
  for (auto& thread : pool) thread.join();
  return results;
}

bool all_ok(const std::vector<Status>& statuses) {
  return std::all_of(statuses.begin(), statuses.end(), [](const Status& s) { return s.ok(); });
}

const Error* first_failure(const std::vector<Status>& statuses) {
  const Error* fallback = nullptr;
  for (const auto& status : statuses) {
    if (status.ok()) continue;
    if (status.error().message != kNotStarted) return &status.error();
    if (fallback == nullptr) fallback = &status.error();
  }
  return fallback;
}

}  // namespace raxol
