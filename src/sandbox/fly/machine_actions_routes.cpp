// Machine actions: start, stop, restart, suspend, cordon, uncordon, signal, exec and events.
#include <sstream>

#include "sandbox/fly/machine_lifecycle.h"
#include "sandbox/fly/routes.h"
#include "util/json_fields.h"

namespace raxol::sandbox::fly {

namespace {

// Runs `action` on a live machine after checking its lease and answers 200 with what it
// returns; nullopt means the action refused and answered itself.
void act(Call& call, const std::function<std::optional<json>(json& app, json& record)>& action) {
  call.update([&](json& document) {
    auto ref = find_machine(call, document, false);
    if (!ref || !check_lease(call, *ref.record)) return false;
    auto answer = action(*ref.app, *ref.record);
    if (!answer) return false;
    call.reply(200, *answer);
    return true;
  });
}

std::string stop_signal(const json& record, const std::string& requested) {
  if (!requested.empty()) return requested;
  const auto& config = record["machine"]["config"];
  return config.contains("stop_config") ? string_field(config["stop_config"], "signal", "SIGINT")
                                        : "SIGINT";
}

void start(Call& call) {
  act(call, [&](json& app, json& record) {
    std::string previous = machine_state(record);
    if (!is_running(record)) schedule_start(app, record, call.settings, call.now);
    return json{{"previous_state", previous}, {"migrated", false}, {"new_host", ""}};
  });
}

void stop(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  act(call, [&](json& app, json& record) {
    if (is_running(record))
      schedule_stop(app, record, call.settings, call.now,
                    stop_signal(record, body->value("signal", "")));
    return json{{"ok", true}};
  });
}

void restart(Call& call) {
  act(call, [&](json& app, json& record) {
    if (is_running(record)) {
      schedule_restart(app, record, call.settings, call.now);
    } else {
      schedule_start(app, record, call.settings, call.now);
    }
    return json{{"ok", true}};
  });
}

void suspend(Call& call) {
  act(call, [&](json& app, json& record) -> std::optional<json> {
    if (machine_state(record) != "started") {
      call.error(412, "failed_precondition: machine is not started");
      return std::nullopt;
    }
    schedule_suspend(app, record, call.settings, call.now);
    return json{{"ok", true}};
  });
}

void cordon(Call& call, bool cordoned) {
  act(call, [&](json&, json& record) {
    record["cordoned"] = cordoned;
    return json{{"ok", true}};
  });
}

void signal(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  if (body->value("signal", "").empty()) return call.error(400, "signal is required");
  act(call, [&](json& app, json& record) {
    append_log(app, call.now, record["machine"]["id"], record["machine"]["region"], "runner",
               "Sending signal " + (*body)["signal"].get<std::string>() + " to main child");
    return json{{"ok", true}};
  });
}

// Emulates a few commands: `echo ARGS`, `/app/bin/migrate`; anything else "runs" and says so.
json run_command(const std::vector<std::string>& argv, const json& record,
                 const FlySettings& settings) {
  std::string joined;
  for (const auto& part : argv) joined += (joined.empty() ? "" : " ") + part;
  std::string out;
  const json secrets = record.value("secret_env", json::object());
  if (argv.size() == 2 && argv[0] == "printenv") {
    // The environment the machine booted with: config env, then the secrets it saw.
    const json env = record["machine"]["config"].value("env", json::object());
    if (secrets.contains(argv[1]))
      out = secrets[argv[1]].get<std::string>() + "\n";
    else if (env.contains(argv[1]))
      out = env[argv[1]].get<std::string>() + "\n";
    else
      return {{"exit_code", 1}, {"exit_signal", 0}, {"stdout", ""}, {"stderr", ""}};
  } else if (!argv.empty() && argv[0] == "echo") {
    out = joined.size() > 5 ? joined.substr(5) + "\n" : "\n";
  } else if (!argv.empty() && argv[0] == "/app/bin/migrate") {
    out = "migrations complete\n";
  } else {
    out = "sandbox: ran " + joined + "\n";
  }
  return {{"exit_code", settings.exec_exit_code.value_or(0)},
          {"exit_signal", 0},
          {"stdout", out},
          {"stderr", ""}};
}

void exec(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  std::vector<std::string> argv;
  if (body->contains("command") && (*body)["command"].is_array()) {
    for (const auto& part : (*body)["command"])
      if (part.is_string()) argv.push_back(part.get<std::string>());
  } else {
    std::istringstream words(body->value("cmd", ""));
    for (std::string word; words >> word;) argv.push_back(word);
  }
  if (argv.empty()) return call.error(400, "command is required");
  call.update([&](json& document) {
    auto ref = find_machine(call, document, false);
    if (!ref) return false;
    if (machine_state(*ref.record) != "started") {
      call.error(412, "failed_precondition: machine is not started");
      return false;
    }
    call.reply(200, run_command(argv, *ref.record, call.settings));
    return false;
  });
}

void events(Call& call) {
  auto limit_param = call.query_int("limit", 20);
  if (!limit_param) return call.error(400, "invalid limit");
  const auto limit = std::clamp<std::int64_t>(*limit_param, 1, 50);
  call.update([&](json& document) {
    auto ref = find_machine(call, document, true);
    if (!ref) return false;
    json events = json::array();
    const auto& stored = (*ref.record)["events"];
    for (auto it = stored.rbegin(); it != stored.rend() && events.size() < size_t(limit); ++it)
      events.push_back(*it);
    call.reply(200, events);
    return false;
  });
}

}  // namespace

void register_machine_actions_routes(Router& router) {
  router.post(kMachinePattern + "/start", start);
  router.post(kMachinePattern + "/stop", stop);
  router.post(kMachinePattern + "/restart", restart);
  router.post(kMachinePattern + "/suspend", suspend);
  router.post(kMachinePattern + "/cordon", [](Call& call) { cordon(call, true); });
  router.post(kMachinePattern + "/uncordon", [](Call& call) { cordon(call, false); });
  router.post(kMachinePattern + "/signal", signal);
  router.post(kMachinePattern + "/exec", exec);
  router.get(kMachinePattern + "/events", events);
}

}  // namespace raxol::sandbox::fly
