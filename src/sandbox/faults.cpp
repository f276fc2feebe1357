#include "sandbox/faults.h"

#include "util/glob.h"

namespace raxol::sandbox {

FaultInjector::FaultInjector(const std::filesystem::path& state_dir)
    : state_(state_dir / "faults.json", {{"faults", nlohmann::json::array()}}) {}

std::optional<FaultAction> FaultInjector::match(const std::string& service,
                                                const std::string& method,
                                                const std::string& path) {
  std::optional<FaultAction> action;
  state_.update([&](nlohmann::json& document) {
    auto& rules = document["faults"];
    if (!rules.is_array()) return false;
    for (auto& rule : rules) {
      if (!rule.is_object()) continue;
      auto rule_service = rule.value("service", std::string("*"));
      auto rule_method = rule.value("method", std::string("*"));
      if (rule_service != "*" && rule_service != service) continue;
      if (rule_method != "*" && rule_method != method) continue;
      if (!glob_matches(rule.value("path", std::string("**")), path)) continue;
      int times = rule.value("times", -1);
      if (times == 0) continue;
      int skip = rule.value("skip", 0);
      if (skip > 0) {
        rule["skip"] = skip - 1;
        return true;
      }
      if (times > 0) rule["times"] = times - 1;
      FaultAction fired;
      fired.status = rule.value("status", 0);
      if (rule.contains("retry_after")) {
        const auto& value = rule["retry_after"];
        fired.retry_after = value.is_string() ? value.get<std::string>() : value.dump();
      }
      fired.body = rule.value("body", nlohmann::json());
      fired.drop = rule.value("drop", false);
      fired.latency_ms = rule.value("latency_ms", 0);
      rule["fired"] = rule.value("fired", 0) + 1;
      action = fired;
      return true;
    }
    return false;
  });
  return action;
}

nlohmann::json FaultInjector::rules() {
  nlohmann::json copy;
  state_.read([&](const nlohmann::json& document) { copy = document; });
  return copy;
}

void FaultInjector::replace(const nlohmann::json& rules) {
  state_.update([&](nlohmann::json& document) {
    document["faults"] = rules.is_array() ? rules : rules.value("faults", nlohmann::json::array());
    return true;
  });
}

void FaultInjector::add(const nlohmann::json& rule) {
  state_.update([&](nlohmann::json& document) {
    document["faults"].push_back(rule);
    return true;
  });
}

}  // namespace raxol::sandbox
