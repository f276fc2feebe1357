// GET /v1/apps/{app}/machines/{id}/wait: a long poll until the machine reaches one of the
// requested states (and version, if given), 408 when the timeout passes. Each check takes the
// state lock briefly and sleeps outside it until the machine's next scheduled transition (or a
// short recheck for changes made by other requests), so a hundred waits do not hammer the
// lock and each wakes when its machine actually changes.
//
// Time is the emulator's Clock: the deadline and the next transition are computed on it, and
// the pause between checks is a real sleep of at most kRecheckInterval, so that a test's fake
// clock, moved by another thread, is noticed soon (sleeping on the fake clock would move time
// by itself).
#include <thread>

#include "sandbox/fly/machine_lifecycle.h"
#include "sandbox/fly/routes.h"
#include "util/strings.h"
#include "util/time_format.h"

namespace raxol::sandbox::fly {

namespace {

// How often a waiter looks again when nothing is scheduled for its machine (another request
// may stop, update or destroy it meanwhile).
constexpr auto kRecheckInterval = std::chrono::milliseconds(100);
const std::vector<std::string> kWaitableStates = {"started",   "stopped", "suspended",
                                                  "destroyed", "failed",  "settled"};

// Every `state` value, repeated or comma-separated; "started" when none.
std::vector<std::string> requested_states(const Call& call) {
  std::vector<std::string> states;
  for (const auto& value : call.query_values("state"))
    for (const auto& one : split(value, ','))
      if (!one.empty()) states.push_back(one);
  if (states.empty()) states.push_back("started");
  return states;
}

bool reached(const std::vector<std::string>& wanted, const std::string& state) {
  for (const auto& one : wanted) {
    if (one == state) return true;
    if (one == "settled" && (state == "started" || state == "stopped" || state == "suspended" ||
                             state == "failed" || state == "destroyed"))
      return true;
  }
  return false;
}

void wait(Call& call) {
  auto states = requested_states(call);
  for (const auto& state : states)
    if (std::find(kWaitableStates.begin(), kWaitableStates.end(), state) == kWaitableStates.end())
      return call.error(400, "invalid state \"" + state + "\"");
  int timeout = 60;
  if (call.has_query("timeout")) {
    std::string text = call.query("timeout");
    if (!text.empty() && text.back() == 's') text.pop_back();  // "60s" as Go durations print
    try {
      timeout = std::stoi(text);
    } catch (const std::exception&) {
      return call.error(400, "invalid timeout \"" + call.query("timeout") + "\"");
    }
  }
  timeout = std::clamp(timeout, 1, 60);
  // `instance_id` is the deprecated name of `version`.
  const std::string version = call.query("version", call.query("instance_id"));
  const auto deadline = call.clock.steady_now() + std::chrono::seconds(timeout);

  while (true) {
    bool answered = false;
    int64_t next_due_ms = 0;  // the machine's next scheduled transition, 0 when none
    call.update([&](json& document) {
      auto ref = find_machine(call, document, true);
      if (!ref) {
        answered = true;
        return false;
      }
      const auto& machine = (*ref.record)["machine"];
      const std::string& state = machine_state(*ref.record);
      if (reached(states, state) && (version.empty() || machine["instance_id"] == version)) {
        const auto& events = (*ref.record)["events"];
        call.reply(200, {{"ok", true},
                         {"state", state},
                         {"version", machine["instance_id"]},
                         {"event_id", events.empty() ? json("") : events.back()["id"]}});
        answered = true;
      } else if (state == "destroyed") {
        // Nothing can change any more. flyctl reads this 404 as "the release command
        // already ran and was destroyed".
        call.error(404, "machine not found");
        answered = true;
      } else {
        next_due_ms = next_transition_ms(*ref.record);
      }
      return false;
    });
    if (answered) return;
    const auto now = call.clock.steady_now();
    if (now >= deadline)
      return call.error(408, "deadline_exceeded: machine did not reach state " + states[0] +
                                 " within " + std::to_string(timeout) + "s");
    if (call.context.server != nullptr && !call.context.server->is_running())
      return call.error(503, "sandbox is shutting down");
    auto pause = std::min<std::chrono::milliseconds>(
        kRecheckInterval, std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now));
    if (next_due_ms > 0)
      pause = std::min(pause, std::chrono::milliseconds(next_due_ms - epoch_ms(call.clock.now())));
    std::this_thread::sleep_for(std::max(pause, std::chrono::milliseconds(1)));
  }
}

}  // namespace

void register_wait_routes(Router& router) { router.get(kMachinePattern + "/wait", wait); }

}  // namespace raxol::sandbox::fly
