// run_parallel: bounded concurrency, stop on failure, cancellation, "not started" results;
// all_ok and first_failure.
#include "util/parallel.h"

#include <catch2/catch.hpp>
#include <mutex>
#include <set>
#include <thread>

using namespace raxol;
using namespace std::chrono;

namespace {
bool not_started(const Status& status) {
  return !status.ok() && status.error().kind == ErrorKind::interrupted &&
         status.error().message == "not started";
}
Status fail(const std::string& message) { return make_error(ErrorKind::failed, message); }
}  // namespace

TEST_CASE("parallel: every item runs once and results keep their index", "[util][parallel]") {
  std::mutex mutex;
  std::multiset<size_t> ran;
  auto results = run_parallel(50, ParallelOptions{}, [&](size_t i) -> Status {
    {
      std::lock_guard lock(mutex);
      ran.insert(i);
    }
    if (i % 7 == 3) return fail("item " + std::to_string(i));
    return {};
  });
  REQUIRE(results.size() == 50);
  // stop_on_failure is on by default, so some items may not start; none runs twice.
  for (size_t i = 0; i < 50; ++i) CHECK(ran.count(i) <= 1);
  for (size_t i = 0; i < 50; ++i) {
    INFO(i);
    if (ran.count(i) == 0) {
      CHECK(not_started(results[i]));
    } else if (i % 7 == 3) {
      REQUIRE_FALSE(results[i].ok());
      CHECK(results[i].error().message == "item " + std::to_string(i));
    } else {
      CHECK(results[i].ok());
    }
  }
  CHECK(run_parallel(0, ParallelOptions{}, [](size_t) -> Status { return {}; }).empty());
}

TEST_CASE("parallel: never more than `concurrency` items at once", "[util][parallel]") {
  std::atomic<int> active{0};
  std::atomic<int> most{0};
  ParallelOptions options;
  options.concurrency = 3;
  auto results = run_parallel(12, options, [&](size_t) -> Status {
    const int now = ++active;
    int seen = most.load();
    while (now > seen && !most.compare_exchange_weak(seen, now)) {
    }
    // Wait (briefly) until all three workers are in, so that the bound is actually reached.
    const auto deadline = steady_clock::now() + milliseconds(200);
    while (most.load() < 3 && steady_clock::now() < deadline)
      std::this_thread::sleep_for(microseconds(200));
    --active;
    return {};
  });
  CHECK(all_ok(results));
  CHECK(most.load() == 3);
}

TEST_CASE("parallel: a concurrency below 1 runs in order on the caller's thread",
          "[util][parallel]") {
  for (int concurrency : {1, 0, -4}) {
    INFO(concurrency);
    ParallelOptions options;
    options.concurrency = concurrency;
    std::vector<size_t> order;
    std::set<std::thread::id> threads;
    auto results = run_parallel(5, options, [&](size_t i) -> Status {
      order.push_back(i);
      threads.insert(std::this_thread::get_id());
      return {};
    });
    CHECK(all_ok(results));
    CHECK(order == std::vector<size_t>{0, 1, 2, 3, 4});
    CHECK(threads == std::set<std::thread::id>{std::this_thread::get_id()});
  }
}

TEST_CASE("parallel: after a failure no new item starts", "[util][parallel]") {
  ParallelOptions options;
  options.concurrency = 1;
  std::vector<size_t> ran;
  auto results = run_parallel(6, options, [&](size_t i) -> Status {
    ran.push_back(i);
    return i == 2 ? fail("boom") : Status{};
  });
  CHECK(ran == std::vector<size_t>{0, 1, 2});
  CHECK(results[0].ok());
  CHECK(results[1].ok());
  REQUIRE_FALSE(results[2].ok());
  CHECK(results[2].error().message == "boom");
  for (size_t i = 3; i < 6; ++i) CHECK(not_started(results[i]));
  CHECK_FALSE(all_ok(results));
  REQUIRE(first_failure(results) != nullptr);
  CHECK(first_failure(results)->message == "boom");

  // On several threads: items already running finish, later ones never start.
  options.concurrency = 4;
  std::atomic<int> started{0};
  auto many = run_parallel(200, options, [&](size_t i) -> Status {
    ++started;
    if (i == 0) return fail("first");
    std::this_thread::sleep_for(milliseconds(1));
    return {};
  });
  CHECK(started.load() < 200);
  CHECK(not_started(many.back()));
  CHECK(first_failure(many)->message == "first");
}

TEST_CASE("parallel: with stop_on_failure off, every item runs", "[util][parallel]") {
  ParallelOptions options;
  options.concurrency = 2;
  options.stop_on_failure = false;
  std::atomic<int> ran{0};
  auto results = run_parallel(10, options, [&](size_t i) -> Status {
    ++ran;
    return i % 2 == 0 ? fail("even " + std::to_string(i)) : Status{};
  });
  CHECK(ran.load() == 10);
  for (size_t i = 0; i < 10; ++i) CHECK(results[i].ok() == (i % 2 == 1));
  CHECK(first_failure(results)->message == "even 0");
}

TEST_CASE("parallel: cancellation stops new items", "[util][parallel]") {
  CancelToken cancel;
  ParallelOptions options;
  options.cancel = &cancel;
  options.concurrency = 1;
  auto results = run_parallel(5, options, [&](size_t i) -> Status {
    if (i == 1) cancel.request();  // the item that sees the request still completes
    return {};
  });
  CHECK(results[0].ok());
  CHECK(results[1].ok());
  for (size_t i = 2; i < 5; ++i) CHECK(not_started(results[i]));
  // Only "not started" errors: that is what first_failure falls back to.
  REQUIRE(first_failure(results) != nullptr);
  CHECK(first_failure(results)->message == "not started");

  // Cancelled before the start: nothing runs, on any number of threads.
  options.concurrency = 4;
  std::atomic<int> ran{0};
  auto none = run_parallel(8, options, [&](size_t) -> Status {
    ++ran;
    return {};
  });
  CHECK(ran.load() == 0);
  for (const auto& status : none) CHECK(not_started(status));
}

TEST_CASE("parallel: first_failure prefers a real failure to not started", "[util][parallel]") {
  const std::vector<Status> statuses = {Status{}, make_error(ErrorKind::interrupted, "not started"),
                                        fail("real"), fail("later")};
  REQUIRE(first_failure(statuses) != nullptr);
  CHECK(first_failure(statuses)->message == "real");
  CHECK(first_failure(statuses) == &statuses[2].error());
  CHECK(first_failure({Status{}, Status{}}) == nullptr);
  CHECK(first_failure({}) == nullptr);
  CHECK(all_ok({}));
  CHECK(all_ok({Status{}, Status{}}));
  CHECK_FALSE(all_ok({Status{}, fail("x")}));
}
