// flyctl's Validate() (internal/appconfig/validation.go), with every finding tied to the place in
// fly.toml that caused it.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "targets/fly/config/fly_toml.h"
#include "targets/fly/config/machine_config.h"
#include "targets/fly/config/machine_json.h"
#include "targets/fly/config/process_groups.h"
#include "targets/fly/config/shlex.h"
#include "targets/fly/config/sizes.h"
#include "targets/fly/strategy.h"
#include "util/strings.h"

namespace raxol::fly {

namespace {

using nlohmann::json;

std::string quoted(const std::string& text) { return json(text).dump(); }

std::string number_text(double value) {
  std::ostringstream text;
  text << value;
  return text.str();
}


class Validator {
 public:
  Validator(const FlyConfig& config, Diagnostics& warnings)
      : config_(config), warnings_(warnings), groups_(process_group_names(config)) {}

  Status run(bool require_app);

 private:
  void error(const std::string& key, const std::string& message) {
    errors_.push_back(
        {config_.location(key), config_error_message(config_.location(key), key, message)});
  }
  void error_at(const std::string& key, const std::string& expected, const std::string& found) {
    errors_.push_back(
        {config_.location(key), config_error(config_.location(key), key, expected, found)});
  }
  void warn(const std::string& key, const std::string& message) {
    warnings_.push_back({config_.location(key), key, message});
  }

  void check_command(const std::string& key, const std::string& command);
  void check_groups(const std::string& key, const std::vector<std::string>& processes);
  void check_deploy();
  void check_checks();
  void check_services();
  void check_service_check_durations(const ServiceCheck& check);
  void check_mounts();
  void check_volume_size(const std::string& key, const std::string& size);
  void check_restart();
  void check_build();
  void check_conversion();

  const FlyConfig& config_;
  Diagnostics& warnings_;
  std::vector<std::string> groups_;
  std::vector<std::pair<SourceLocation, Error>> errors_;
};

void Validator::check_command(const std::string& key, const std::string& command) {
  if (command.empty()) return;
  auto words = shell_split(command);
  if (!words.ok())
    error_at(key, "a command line", quoted(command) + " (" + words.error().message + ")");
}

void Validator::check_groups(const std::string& key, const std::vector<std::string>& processes) {
  for (std::size_t i = 0; i < processes.size(); ++i) {
    if (std::find(groups_.begin(), groups_.end(), processes[i]) != groups_.end()) continue;
    error_at(key + "[" + std::to_string(i) + "]",
             "a process group defined in [processes] (" + join(groups_, ", ") + ")",
             quoted(processes[i]));
  }
}

void Validator::check_deploy() {
  if (!config_.deploy) return;
  const Deploy& deploy = *config_.deploy;
  if (!deploy.strategy.empty() && !kStrategyNames.parse(deploy.strategy))
    error_at("deploy.strategy", "one of " + join(kStrategyNames.names(), ", "),
             quoted(deploy.strategy));
  if (deploy.strategy == "canary" && !config_.mounts.empty())
    error("deploy.strategy",
          "canary deployment strategy is not supported when using mounted volumes");
  if (deploy.max_unavailable && *deploy.max_unavailable <= 0)
    error_at("deploy.max_unavailable", "a number greater than 0",
             number_text(*deploy.max_unavailable));
  check_command("deploy.release_command", deploy.release_command);
  check_command("deploy.seed_command", deploy.seed_command);
}

void Validator::check_checks() {
  for (const auto& [name, check] : config_.checks) {
    if (!check.type || (*check.type != "http" && *check.type != "tcp"))
      error_at(check.key + ".type", "\"http\" or \"tcp\"",
               check.type ? quoted(*check.type) : "nothing");
    // The Machines API rejects faster intervals and longer timeouts.
    if (check.interval && *check.interval < std::chrono::seconds(2))
      error_at(check.key + ".interval", "at least 2s", quoted(format_go_duration(*check.interval)));
    if (check.timeout && *check.timeout > std::chrono::seconds(60))
      error_at(check.key + ".timeout", "at most 60s", quoted(format_go_duration(*check.timeout)));
    check_groups(check.key + ".processes", check.processes);
  }
}

void Validator::check_service_check_durations(const ServiceCheck& check) {
  // The platform clamps these, so they only warn (as flyctl does).
  auto clamp_warning = [&](const char* field, const std::optional<Duration>& value, bool zero_ok) {
    if (!value) return;
    std::string key = check.key + "." + field;
    std::string text = format_go_duration(*value);
    if (*value < std::chrono::seconds(1) && !(zero_ok && value->count() == 0))
      warn(key, text + " is less than 1 second and will be raised to 1 second");
    else if (*value > std::chrono::minutes(1))
      warn(key, text + " is more than 1 minute and will be lowered to 1 minute");
  };
  clamp_warning("interval", check.interval, false);
  clamp_warning("timeout", check.timeout, false);
  clamp_warning("grace_period", check.grace_period, true);
}

void Validator::check_services() {
  std::vector<Service> services;
  if (config_.http_service)
    services.push_back(detail::http_service_as_service(*config_.http_service));
  for (const auto& service : config_.services) services.push_back(service);
  for (const auto& service : services) {
    if (service.processes.empty() && !config_.processes.empty())
      error_at(service.key + ".processes",
               "a list of process groups (this app defines " + join(groups_, ", ") + ")",
               "nothing");
    check_groups(service.key + ".processes", service.processes);
    if (service.ports.empty())
      warn(service.key, "service exposes no port; add a [[services.ports]] section");
    for (const auto& check : service.tcp_checks) check_service_check_durations(check);
    for (const auto& check : service.http_checks) check_service_check_durations(check);
  }
}

void Validator::check_volume_size(const std::string& key, const std::string& size) {
  if (size.empty()) return;
  auto gb = parse_volume_gb(size);
  if (!gb)
    error_at(key, "a volume size such as \"10gb\"", quoted(size));
  else if (*gb < 1)
    error_at(key, "a volume size of at least 1GB", quoted(size));
}

void Validator::check_mounts() {
  for (const auto& mount : config_.mounts) {
    check_groups(mount.key + ".processes", mount.processes);
    check_volume_size(mount.key + ".initial_size", mount.initial_size);
    if (mount.snapshot_retention &&
        (*mount.snapshot_retention < 1 || *mount.snapshot_retention > 60))
      error_at(mount.key + ".snapshot_retention", "a number of days from 1 to 60",
               std::to_string(*mount.snapshot_retention));

    // Auto-extension needs all three settings, within the platform's limits.
    auto increment = parse_volume_gb(mount.auto_extend_size_increment);
    auto limit = parse_volume_gb(mount.auto_extend_size_limit);
    check_volume_size(mount.key + ".auto_extend_size_increment", mount.auto_extend_size_increment);
    check_volume_size(mount.key + ".auto_extend_size_limit", mount.auto_extend_size_limit);
    bool any = mount.auto_extend_size_threshold != 0 || increment.value_or(0) != 0 ||
               limit.value_or(0) != 0;
    if (!any) continue;
    if (mount.auto_extend_size_threshold < 50 || mount.auto_extend_size_threshold > 99)
      error_at(mount.key + ".auto_extend_size_threshold", "a percentage from 50 to 99",
               std::to_string(mount.auto_extend_size_threshold));
    if (increment.value_or(0) < 1 || increment.value_or(0) > 100)
      error_at(mount.key + ".auto_extend_size_increment", "a size from 1GB to 100GB",
               mount.auto_extend_size_increment.empty() ? "nothing"
                                                        : quoted(mount.auto_extend_size_increment));
    if (limit && *limit != 0 && (*limit < 1 || *limit > 500))
      error_at(mount.key + ".auto_extend_size_limit", "a size from 1GB to 500GB",
               quoted(mount.auto_extend_size_limit));
  }
  // A machine has at most one volume, so each group may have only one [[mounts]].
  for (const auto& group : groups_) {
    int count = 0;
    for (const auto& mount : config_.mounts) {
      if (!applies_to_group(config_, group, mount.processes)) continue;
      if (++count == 2)
        error_at(mount.key, "at most one [[mounts]] section per process group",
                 "a second one for group '" + group + "'");
    }
  }
}

void Validator::check_restart() {
  for (const auto& restart : config_.restart) {
    check_groups(restart.key + ".processes", restart.processes);
    if (restart.policy != "always" && restart.policy != "never" && restart.policy != "on-failure")
      error_at(restart.key + ".policy", "\"always\", \"never\" or \"on-failure\"",
               restart.policy.empty() ? "nothing" : quoted(restart.policy));
  }
}

void Validator::check_build() {
  if (!config_.build) return;
  const Build& build = *config_.build;
  std::vector<std::string> ways;
  if (!build.image.empty()) ways.push_back("image");
  if (!build.builder.empty() || !build.buildpacks.empty()) ways.push_back("buildpacks");
  if (!build.dockerfile.empty() || !build.build_target.empty()) ways.push_back("dockerfile");
  if (!build.builtin.empty()) ways.push_back("builtin");
  if (ways.size() > 1)
    warn("build", "more than one way to build the image is configured (" + join(ways, ", ") + ")");
}

void Validator::check_conversion() {
  for (const auto& group : groups_) {
    auto converted = to_machine_config(config_, group, ConversionOptions{});
    if (converted.ok()) continue;
    bool seen = std::any_of(errors_.begin(), errors_.end(), [&](const auto& entry) {
      return entry.second.message == converted.error().message;
    });
    if (!seen) errors_.push_back({config_.location(""), converted.error()});
  }
}

Status Validator::run(bool require_app) {
  if (require_app && config_.app.empty()) {
    SourceLocation top;
    top.file = config_.file;
    top.line = 1;
    top.column = 1;
    errors_.push_back(
        {top, config_error(top, "app", "the Fly app name (app = \"NAME\")", "no app key")});
  }
  check_command("console_command", config_.console_command);
  for (const auto& [name, command] : config_.processes) check_command("processes." + name, command);
  check_deploy();
  check_checks();
  check_services();
  check_mounts();
  check_restart();
  check_build();
  for (const auto& compute : config_.vm)
    check_groups(compute.key + ".processes", compute.processes);
  for (const auto& file : config_.files) check_groups(file.key + ".processes", file.processes);
  for (const auto& metrics : config_.metrics)
    check_groups(metrics.key + ".processes", metrics.processes);
  if (errors_.empty()) check_conversion();  // its errors would repeat the ones above
  if (errors_.empty()) return {};

  // The first problem in the file is the error; the others ride along as notes.
  std::stable_sort(errors_.begin(), errors_.end(), [](const auto& a, const auto& b) {
    return std::pair(a.first.line, a.first.column) < std::pair(b.first.line, b.first.column);
  });
  Error first = errors_.front().second;
  for (std::size_t i = 1; i < errors_.size(); ++i) first.notes.push_back(errors_[i].second.message);
  return first;
}

}  // namespace

Status validate_fly_config(const LoadedFlyConfig& loaded, bool require_app, Diagnostics& warnings) {
  Validator validator(loaded.config, warnings);
  return validator.run(require_app);
}

}  // namespace raxol::fly
