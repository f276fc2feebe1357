#include "core/audit.h"

#include <sstream>

#include "system/identity.h"
#include "util/time_format.h"

namespace raxol {

nlohmann::json AuditEntry::to_json() const {
  nlohmann::json json = {{"time", time},       {"user", user},     {"action", action},
                         {"target", target},   {"kind", kind},     {"result", result},
                         {"release_before", release_before},
                         {"release_after", release_after},
                         {"duration_seconds", duration_seconds}};
  if (!error.empty()) json["error"] = error;
  if (!details.empty()) json["details"] = details;
  return json;
}

AuditEntry AuditEntry::from_json(const nlohmann::json& json) {
  AuditEntry entry;
  auto text = [&](const char* key) {
    return json.contains(key) && json[key].is_string() ? json[key].get<std::string>() : "";
  };
  entry.time = text("time");
  entry.user = text("user");
  entry.action = text("action");
  entry.target = text("target");
  entry.kind = text("kind");
  entry.result = text("result");
  entry.release_before = text("release_before");
  entry.release_after = text("release_after");
  entry.error = text("error");
  entry.duration_seconds = json.value("duration_seconds", 0.0);
  if (json.contains("details") && json["details"].is_object()) entry.details = json["details"];
  return entry;
}

std::filesystem::path audit_log_path(const Context& context) {
  if (auto file = context.env.first_of({"RAXOL_AUDIT_LOG"})) return *file;
  return std::filesystem::current_path() / ".raxol" / "audit.jsonl";
}

void record_audit(Context& context, AuditEntry entry) {
  entry.time = format_rfc3339(context.clock.now());
  entry.user = current_user(context);
  if (context.env.get("GITHUB_ACTIONS").value_or("") == "true") {
    nlohmann::json ci = nlohmann::json::object();
    for (const char* name : {"GITHUB_REPOSITORY", "GITHUB_RUN_ID", "GITHUB_WORKFLOW", "GITHUB_SHA"})
      if (auto value = context.env.get(name)) ci[name] = *value;
    entry.details["ci"] = ci;
  }
  // Defence in depth: an error message could quote something it should not.
  std::string line = context.redactor.redact(entry.to_json().dump());
  Status written = context.fs.append_line(audit_log_path(context), line);
  if (!written.ok()) context.ui.warn("could not write the audit log: " + written.error().message);
}

AuditEntry& AuditFacts::add(const std::string& target, const std::string& kind) {
  AuditEntry& entry = entries.emplace_back();
  entry.target = target;
  entry.kind = kind;
  return entry;
}

void record_command_audit(Context& context, const std::string& action, AuditFacts facts,
                          const Status& status, double seconds) {
  for (auto& entry : facts.entries) {
    entry.action = action;
    if (entry.result.empty()) {
      entry.result = "failed";
      if (entry.error.empty() && !status.ok()) entry.error = status.error().message;
    }
    if (entry.duration_seconds == 0) entry.duration_seconds = seconds;
    record_audit(context, std::move(entry));
  }
}

std::vector<AuditEntry> read_audit(const Context& context) {
  std::vector<AuditEntry> entries;
  auto text = context.fs.read_file(audit_log_path(context));
  if (!text.ok()) return entries;
  std::istringstream lines(*text);
  std::string line;
  while (std::getline(lines, line)) {
    auto json = nlohmann::json::parse(line, nullptr, false);
    if (json.is_object()) entries.push_back(AuditEntry::from_json(json));
  }
  return entries;
}

}  // namespace raxol
