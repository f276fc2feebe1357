// install_signal_handlers: SIGINT/SIGTERM raised in-process set the CancelToken; SIGPIPE is
// ignored. The handlers in place before (Catch2's) are restored after each test.
#include <array>
#include <catch2/catch.hpp>
#include <csignal>

#include "raxol/cancel.h"

using raxol::CancelToken;
using raxol::install_signal_handlers;

namespace {
// Saves the actions of SIGINT, SIGTERM and SIGPIPE and puts them back on destruction.
class SavedHandlers {
 public:
  SavedHandlers() {
    for (size_t i = 0; i < kSignals.size(); ++i) sigaction(kSignals[i], nullptr, &saved_[i]);
  }
  ~SavedHandlers() {
    for (size_t i = 0; i < kSignals.size(); ++i) sigaction(kSignals[i], &saved_[i], nullptr);
  }
  SavedHandlers(const SavedHandlers&) = delete;
  SavedHandlers& operator=(const SavedHandlers&) = delete;

 private:
  static constexpr std::array<int, 3> kSignals = {SIGINT, SIGTERM, SIGPIPE};
  std::array<struct sigaction, 3> saved_{};
};

struct sigaction current(int signal) {
  struct sigaction action {};
  sigaction(signal, nullptr, &action);
  return action;
}
}  // namespace

TEST_CASE("signals: a token starts clear and request() sets it", "[system][signals]") {
  CancelToken token;
  CHECK_FALSE(token.requested());
  CHECK(token.signal_number() == 0);
  token.request();
  CHECK(token.requested());
  CHECK(token.signal_number() == 0);  // asked for in code, not by a signal
}

TEST_CASE("signals: SIGINT sets the token and says which signal", "[system][signals]") {
  SavedHandlers restore;
  CancelToken token;
  install_signal_handlers(token);
  CHECK_FALSE(token.requested());
  REQUIRE(std::raise(SIGINT) == 0);  // the handler runs before raise returns
  CHECK(token.requested());
  CHECK(token.signal_number() == SIGINT);
}

TEST_CASE("signals: SIGTERM goes to the token installed last", "[system][signals]") {
  SavedHandlers restore;
  CancelToken first;
  CancelToken second;
  install_signal_handlers(first);
  install_signal_handlers(second);
  REQUIRE(std::raise(SIGTERM) == 0);
  CHECK(second.requested());
  CHECK(second.signal_number() == SIGTERM);
  CHECK_FALSE(first.requested());
}

TEST_CASE("signals: no SA_RESTART, and SIGPIPE is ignored", "[system][signals]") {
  SavedHandlers restore;
  CancelToken token;
  install_signal_handlers(token);
  for (int signal : {SIGINT, SIGTERM}) {
    const auto action = current(signal);
    CHECK(action.sa_handler != SIG_DFL);
    CHECK(action.sa_handler != SIG_IGN);
    CHECK((action.sa_flags & SA_RESTART) == 0);  // blocking calls return EINTR
  }
  CHECK(current(SIGPIPE).sa_handler == SIG_IGN);
  REQUIRE(std::raise(SIGPIPE) == 0);  // would end the process if not ignored
  CHECK_FALSE(token.requested());
}

TEST_CASE("signals: the previous handlers come back after the guard", "[system][signals]") {
  const auto before = current(SIGINT);
  {
    SavedHandlers restore;
    CancelToken token;
    install_signal_handlers(token);
    CHECK(current(SIGINT).sa_handler != before.sa_handler);
  }
  CHECK(current(SIGINT).sa_handler == before.sa_handler);
}
