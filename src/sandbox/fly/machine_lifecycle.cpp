#include "sandbox/fly/machine_lifecycle.h"

#include "sandbox/fly/fly_state.h"
#include "util/glob.h"
#include "util/ids.h"
#include "util/json_fields.h"
#include "util/time_format.h"

namespace raxol::sandbox::fly {

namespace {

constexpr size_t kMaxEvents = 50;

std::string image_of(const json& record) {
  return string_field(record["machine"]["config"], "image");
}

bool auto_destroys(const json& record) {
  return bool_field(record["machine"]["config"], "auto_destroy");
}

std::string init_command(const json& record) {
  const auto& config = record["machine"]["config"];
  std::string command;
  if (config.is_object() && config.contains("init") && config["init"].is_object() &&
      config["init"].contains("cmd") && config["init"]["cmd"].is_array())
    for (const auto& part : config["init"]["cmd"])
      if (part.is_string()) command += (command.empty() ? "" : " ") + part.get<std::string>();
  return command.empty() ? "(image default command)" : command;
}

json transition(int64_t at, const std::string& state) {
  return {{"at", at}, {"state", state}, {"logs", json::array()}};
}

json with_event(json step, const std::string& type, const std::string& status,
                const std::string& source, json request = json::object()) {
  step["event"] = {{"type", type}, {"status", status}, {"source", source}, {"request", request}};
  return step;
}

json& log(json& step, const std::string& provider, const std::string& message) {
  step["logs"].push_back({provider, message});
  return step;
}

// The main process exits: stopped with an exit event, and gone for auto_destroy machines.
void push_exit(json& pending, const json& record, int64_t at, int exit_code, bool requested,
               bool allow_destroy) {
  json exit_event = {{"exit_code", exit_code}, {"requested_stop", requested},
                     {"restarting", false},    {"oom_killed", false},
                     {"signal", -1},           {"exited_at", format_rfc3339_ms(at)}};
  json step = with_event(transition(at, "stopped"), "exit", "stopped", "flyd",
                         {{"exit_event", exit_event}});
  log(step, "app", "Main child exited normally with code: " + std::to_string(exit_code));
  pending.push_back(step);
  if (allow_destroy && auto_destroys(record)) {
    json gone = with_event(transition(at, "destroyed"), "destroy", "destroyed", "flyd");
    pending.push_back(log(gone, "runner", "Machine destroyed"));
  }
}

// starting at `at`, then whatever the image makes of it.
void push_start_chain(json& pending, const json& record, const FlySettings& settings, int64_t at) {
  json starting = transition(at, "starting");
  pending.push_back(log(starting, "runner", "Starting machine"));
  const std::string image = image_of(record);
  if (glob_matches_any(settings.never_start_images, image)) return;
  int64_t started_at = at + settings.start_ms;
  if (glob_matches_any(settings.launch_fail_images, image)) {
    json failed = with_event(transition(started_at, "failed"), "start", "failed", "flyd");
    pending.push_back(
        log(failed, "runner", "Failed to start machine: image " + image + " did not boot"));
    return;
  }
  json started = with_event(transition(started_at, "started"), "start", "started", "flyd");
  started["checks_pass_ms"] = started_at + settings.check_ms;
  started["checks_critical"] = glob_matches_any(settings.failing_check_images, image);
  log(started, "runner", "Machine started in " + std::to_string(settings.start_ms) + "ms");
  if (is_release_command(record)) {
    log(started, "app", "Running release command: " + init_command(record));
    pending.push_back(started);
    int code = glob_matches_any(settings.release_fail_images, image)
                   ? 1
                   : settings.release_command_exit_code;
    int64_t exit_at = started_at + settings.release_command_ms;
    json output = transition(exit_at, "started");
    log(output, "app",
        code == 0 ? "migrations complete"
                  : "Error: migrations failed (sandbox: exit status " + std::to_string(code) + ")");
    pending.push_back(output);
    push_exit(pending, record, exit_at, code, false, true);
    return;
  }
  pending.push_back(started);
  if (glob_matches_any(settings.crash_images, image)) {
    int64_t crash_at = started_at + settings.crash_ms;
    json crash = transition(crash_at, "started");
    pending.push_back(log(crash, "app", "panic: sandbox image " + image + " crashed"));
    push_exit(pending, record, crash_at, 1, false, true);
  }
}

void push_stop_chain(json& pending, const json& record, const FlySettings& settings, int64_t now,
                     const std::string& signal, bool allow_destroy) {
  json stopping = with_event(transition(now, "stopping"), "stop", "stopping", "user");
  pending.push_back(log(stopping, "runner", "Sending signal " + signal + " to main child process"));
  push_exit(pending, record, now + settings.stop_ms, 0, true, allow_destroy);
}

void replace_pending(json& app, json& record, json pending, int64_t now) {
  record["pending"] = std::move(pending);
  apply_due_transitions(app, record, now);
}

}  // namespace

json new_machine_record(const std::string& id, const std::string& name, const std::string& region,
                        const json& config, int64_t now) {
  json machine = {{"id", id},
                  {"name", name},
                  {"state", "created"},
                  {"region", region},
                  {"instance_id", new_ulid(now)},
                  {"private_ip", "fdaa:0:1:a7b:" + random_hex(2).substr(0, 3) + ":" +
                                     random_hex(2) + ":" + random_hex(2) + ":2"},
                  {"config", config},
                  {"created_at", format_rfc3339_ms(now)},
                  {"updated_at", format_rfc3339_ms(now)}};
  return {{"machine", machine},       {"events", json::array()}, {"pending", json::array()},
          {"lease", nullptr},         {"started_ms", 0},         {"checks_pass_ms", 0},
          {"checks_critical", false}, {"secrets_version", 0},    {"cordoned", false},
          {"created_ms", now}};
}

bool is_release_command(const json& record) {
  const auto& config = record["machine"]["config"];
  return config.is_object() && config.contains("metadata") &&
         string_field(config["metadata"], "fly_process_group") == "fly_app_release_command";
}

const std::string& machine_state(const json& record) {
  return record["machine"]["state"].get_ref<const std::string&>();
}

bool is_running(const json& record) {
  const auto& state = machine_state(record);
  return state == "started" || state == "starting" || state == "replacing";
}

void record_event(json& record, int64_t at, const std::string& type, const std::string& status,
                  const std::string& source, json request) {
  auto& events = record["events"];
  events.push_back({{"id", new_ulid(at)},
                    {"type", type},
                    {"status", status},
                    {"source", source},
                    {"timestamp", at},
                    {"request", std::move(request)}});
  if (events.size() > kMaxEvents) events.erase(events.begin());
}

bool apply_due_transitions(json& app, json& record, int64_t now) {
  auto& pending = record["pending"];
  size_t applied = 0;
  auto& machine = record["machine"];
  for (; applied < pending.size() && pending[applied].value("at", int64_t{0}) <= now; ++applied) {
    const auto& step = pending[applied];
    const int64_t at = step["at"].get<int64_t>();
    machine["state"] = step["state"];
    machine["updated_at"] = format_rfc3339_ms(at);
    if (step.contains("event")) {
      const auto& event = step["event"];
      record_event(record, at, event["type"], event["status"], event["source"],
                   event.value("request", json::object()));
    }
    if (step.contains("checks_pass_ms")) {
      record["started_ms"] = at;
      record["checks_pass_ms"] = step["checks_pass_ms"];
      record["checks_critical"] = step["checks_critical"];
    }
    for (const auto& line : step["logs"])
      append_log(app, at, machine["id"], machine["region"], line[0], line[1]);
    if (step["state"] == "destroyed") {
      record["lease"] = nullptr;
      for (auto& [volume_id, volume] : app["volumes"].items())
        if (volume.value("attached_machine_id", json()) == machine["id"])
          volume["attached_machine_id"] = nullptr;
    }
  }
  if (applied == 0) return false;
  pending.erase(pending.begin(), pending.begin() + static_cast<std::ptrdiff_t>(applied));
  return true;
}

int64_t next_transition_ms(const json& record) {
  const auto& pending = record["pending"];
  return pending.empty() ? 0 : pending[0].value("at", int64_t{0});
}

// A machine reads the app's secrets when it boots (as Fly injects them into its environment):
// later changes stay invisible to it until its next start or update.
void see_current_secrets(const json& app, json& record) {
  record["secrets_version"] = app.value("secrets_version", 0);
  json environment = json::object();
  if (app.contains("secrets"))
    for (const auto& [name, secret] : app["secrets"].items()) environment[name] = secret["value"];
  record["secret_env"] = std::move(environment);
}

void schedule_launch(json& app, json& record, const FlySettings& settings, int64_t now,
                     bool skip_launch) {
  record_event(record, now, "launch", "created", "user");
  see_current_secrets(app, record);
  json pending = json::array();
  // One millisecond later, so that the create response itself still says "created".
  if (skip_launch) {
    pending.push_back(transition(now + 1, "stopped"));
  } else {
    push_start_chain(pending, record, settings, now + 1);
  }
  replace_pending(app, record, std::move(pending), now);
}

void schedule_start(json& app, json& record, const FlySettings& settings, int64_t now) {
  record_event(record, now, "start", "starting", "user");
  see_current_secrets(app, record);
  json pending = json::array();
  push_start_chain(pending, record, settings, now);
  replace_pending(app, record, std::move(pending), now);
}

void schedule_stop(json& app, json& record, const FlySettings& settings, int64_t now,
                   const std::string& signal) {
  json pending = json::array();
  push_stop_chain(pending, record, settings, now, signal, true);
  replace_pending(app, record, std::move(pending), now);
}

void schedule_restart(json& app, json& record, const FlySettings& settings, int64_t now) {
  json pending = json::array();
  push_stop_chain(pending, record, settings, now, "SIGINT", false);
  see_current_secrets(app, record);
  push_start_chain(pending, record, settings, now + settings.stop_ms);
  replace_pending(app, record, std::move(pending), now);
}

void schedule_suspend(json& app, json& record, const FlySettings& settings, int64_t now) {
  json pending = json::array();
  pending.push_back(with_event(transition(now, "suspending"), "suspend", "suspending", "user"));
  json suspended =
      with_event(transition(now + settings.stop_ms, "suspended"), "suspend", "suspended", "flyd");
  pending.push_back(log(suspended, "runner", "Machine suspended"));
  replace_pending(app, record, std::move(pending), now);
}

void schedule_update(json& app, json& record, const FlySettings& settings, int64_t now,
                     bool skip_launch) {
  const bool running = is_running(record);
  record["machine"]["instance_id"] = new_ulid(now);
  see_current_secrets(app, record);
  json pending = json::array();
  if (skip_launch) {
    record_event(record, now, "update", "updated", "user");
    if (running) push_stop_chain(pending, record, settings, now, "SIGINT", false);
  } else if (running) {
    // The old version stops first; the new one boots after it.
    pending.push_back(with_event(transition(now, "replacing"), "update", "replacing", "user"));
    push_start_chain(pending, record, settings, now + settings.stop_ms);
  } else {
    record_event(record, now, "update", "updated", "user");
    push_start_chain(pending, record, settings, now);
  }
  replace_pending(app, record, std::move(pending), now);
}

void schedule_destroy(json& app, json& record, const FlySettings& settings, int64_t now) {
  const bool running = is_running(record);
  json pending = json::array();
  pending.push_back(with_event(transition(now, "destroying"), "destroy", "destroying", "user"));
  json gone = with_event(transition(now + (running ? settings.stop_ms : 0), "destroyed"), "destroy",
                         "destroyed", "flyd");
  pending.push_back(log(gone, "runner", "Machine destroyed"));
  record["lease"] = nullptr;
  replace_pending(app, record, std::move(pending), now);
}

}  // namespace raxol::sandbox::fly
