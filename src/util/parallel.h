// Runs independent pieces of work on a bounded number of threads. Used for leasing, updating
// and waiting on many machines at once, where each piece is mostly waiting on the network.
#pragma once

#include <atomic>
#include <functional>
#include <vector>

#include "raxol/cancel.h"
#include "raxol/result.h"

namespace raxol {

struct ParallelOptions {
  int concurrency = 8;
  // Stop starting new items after the first failure (items already running finish).
  bool stop_on_failure = true;
  const CancelToken* cancel = nullptr;  // stop starting new items once cancellation is requested
};

// Runs work(i) for i in [0, count). Returns one Status per item; items never started (after a
// failure or cancellation) get an error of kind `interrupted` whose message says "not started".
std::vector<Status> run_parallel(size_t count, const ParallelOptions& options,
                                 const std::function<Status(size_t)>& work);

// True when every status is ok.
bool all_ok(const std::vector<Status>& statuses);
// The first failure that is not "not started", else the first failure, else nullptr.
const Error* first_failure(const std::vector<Status>& statuses);

}  // namespace raxol
