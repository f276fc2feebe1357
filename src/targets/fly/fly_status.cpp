#include "targets/fly/fly_status.h"

#include <deque>
#include <future>
#include <thread>

#include "targets/fly/deploy/deploy_planner.h"

namespace raxol::fly {

namespace {

nlohmann::json machine_json(const Machine& machine) {
  std::string version = machine.metadata("fly_release_version");
  nlohmann::json checks = nlohmann::json::array();
  for (const auto& check : machine.checks)
    checks.push_back({{"name", check.name}, {"status", check.status}, {"output", check.output}});
  return {{"id", machine.id},
          {"name", machine.name},
          {"group", machine.process_group()},
          {"region", machine.region},
          {"state", machine.state},
          {"image", machine.image()},
          {"release", version.empty() ? std::string() : "v" + version},
          {"checks_total", machine.checks.size()},
          {"checks_passing", machine.passing_checks()},
          {"checks", checks},
          {"updated_at", machine.updated_at}};
}

}  // namespace

Result<TargetStatus> read_fly_status(MachinesClient& machines, WebClient& web,
                                     const std::string& target_name, const std::string& app) {
  TargetStatus status;
  status.target = target_name;
  status.kind = "fly";
  status.url = "https://" + app + ".fly.dev";
  status.details["app"] = app;
  status.details["hostname"] = app + ".fly.dev";
  // Independent reads, sent together.
  auto machines_read = std::async(std::launch::async, [&] { return machines.list_machines(app); });
  auto releases_read = std::async(std::launch::async, [&] { return web.list_releases(app, 25); });
  auto ips_read = std::async(std::launch::async, [&] { return machines.list_ips(app); });
  auto app_json = machines.get_app(app);
  auto listed_result = machines_read.get();
  auto releases = releases_read.get();
  auto ips = ips_read.get();
  if (!app_json.ok()) {
    if (app_json.error().kind != ErrorKind::not_found) return app_json.error();
    status.health = Health::not_deployed;
    status.details["machines"] = nlohmann::json::array();
    return status;
  }
  if (app_json->is_object() && app_json->contains("organization") &&
      (*app_json)["organization"].is_object())
    status.details["organization"] = (*app_json)["organization"].value("slug", std::string());

  RAXOL_ASSIGN_OR_RETURN(auto listed, std::move(listed_result));
  nlohmann::json machine_list = nlohmann::json::array();
  size_t started = 0, healthy = 0, total = 0;
  for (const auto& machine : listed) {
    if (!is_app_machine(machine)) continue;
    ++total;
    machine_list.push_back(machine_json(machine));
    if (machine.state == "started") {
      ++started;
      if (!machine.has_checks_configured() || machine.all_checks_passing()) ++healthy;
    }
  }
  status.details["machines"] = machine_list;
  nlohmann::json addresses = nlohmann::json::array();
  if (ips.ok())
    for (const auto& ip : *ips) addresses.push_back(ip.value("ip", std::string()));
  status.details["ips"] = addresses;
  if (releases.ok()) status.release = current_release_label(*releases);
  status.details["release"] = status.release;
  if (total == 0) status.health = Health::not_deployed;
  else if (started == 0) status.health = Health::idle;  // auto-stopped; starts on the next request
  else if (healthy == started) status.health = Health::healthy;
  else if (healthy == 0) status.health = Health::down;
  else status.health = Health::degraded;
  return status;
}

Status read_fly_logs(WebClient& web, Context& context, const std::string& app,
                     const LogQuery& query, const std::function<void(const LogEntry&)>& sink) {
  auto to_entry = [](const LogLine& line) {
    return LogEntry{line.timestamp, line.message, line.level, line.instance, line.region};
  };
  // The backlog: read every page, keep the last `limit` lines.
  std::deque<LogEntry> recent;
  std::string token;
  for (int page = 0; page < 1000; ++page) {
    RAXOL_ASSIGN_OR_RETURN(LogPage logs, web.logs(app, token, query.source, query.region));
    for (const auto& line : logs.lines) {
      recent.push_back(to_entry(line));
      if (recent.size() > query.limit) recent.pop_front();
    }
    bool more = !logs.lines.empty() && !logs.next_token.empty() && logs.next_token != token;
    if (!logs.next_token.empty()) token = logs.next_token;
    if (!more) break;
  }
  for (const auto& entry : recent) sink(entry);
  if (!query.follow) return {};
  // As `fly logs`: poll for new lines; an empty page waits before asking again.
  while (!context.cancel.requested()) {
    auto logs = web.logs(app, token, query.source, query.region);
    if (!logs.ok()) return logs.error();
    for (const auto& line : logs->lines) sink(to_entry(line));
    if (!logs->next_token.empty()) token = logs->next_token;
    if (logs->lines.empty()) context.clock.sleep_for(std::chrono::milliseconds(500));
  }
  return {};
}

Result<ExecResult> exec_in_machine(MachinesClient& machines, const std::string& app,
                                   const std::string& machine_id,
                                   const std::vector<std::string>& command, int timeout_seconds) {
  std::string id = machine_id;
  if (id.empty()) {
    RAXOL_ASSIGN_OR_RETURN(auto listed, machines.list_machines(app));
    for (const auto& machine : listed)
      if (is_app_machine(machine) && machine.state == "started") {
        id = machine.id;
        break;
      }
    if (id.empty())
      return make_error(ErrorKind::failed, app + " has no started machine to run the command in "
                                               "(start one, or name it with --machine)");
  }
  RAXOL_ASSIGN_OR_RETURN(auto answer, machines.exec(app, id, command, timeout_seconds));
  ExecResult result;
  result.source = id;
  result.exit_code = answer.value("exit_code", 0);
  result.out = answer.value("stdout", std::string());
  result.err = answer.value("stderr", std::string());
  return result;
}

}  // namespace raxol::fly
