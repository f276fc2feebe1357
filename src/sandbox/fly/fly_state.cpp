#include "sandbox/fly/fly_state.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <limits>

#include "sandbox/fly/machine_lifecycle.h"

namespace raxol::sandbox::fly {

namespace {

constexpr size_t kMaxLogLines = 2000;

json initial_document() {
  return {{"apps", json::object()}, {"releases", json::object()}, {"next_numeric_id", 1}};
}

// Records when the next pending transition of any machine is due, so that requests before
// then skip the scan. Returns true when the recorded value changed.
bool refresh_next_due(json& document) {
  int64_t earliest = std::numeric_limits<int64_t>::max();  // nothing pending
  for (auto& [name, app] : document["apps"].items())
    for (auto& [id, machine] : app["machines"].items()) {
      int64_t due = next_transition_ms(machine);
      if (due != 0 && due < earliest) earliest = due;
    }
  if (document.value("next_due_ms", int64_t{0}) == earliest) return false;
  document["next_due_ms"] = earliest;
  return true;
}

// Applies the due transitions of every machine; true when anything changed.
bool advance(json& document, int64_t now) {
  if (now < document.value("next_due_ms", int64_t{0})) return false;
  bool changed = false;
  for (auto& [name, app] : document["apps"].items())
    for (auto& [id, machine] : app["machines"].items())
      changed = apply_due_transitions(app, machine, now) || changed;
  return refresh_next_due(document) || changed;
}

}  // namespace

FlyState::FlyState(std::filesystem::path file) : file_(std::move(file), initial_document()) {}

void FlyState::update(int64_t& now, const std::function<bool(json&)>& change) {
  file_.update([&](json& document) {
    now = now_ms();
    if (!document.is_object() || !document.contains("apps")) document = initial_document();
    bool advanced = advance(document, now);
    bool changed = change(document);
    // The change may have scheduled transitions.
    if (changed) refresh_next_due(document);
    return advanced || changed;
  });
}

std::string text_field(const json& object, const char* key, const std::string& fallback) {
  if (!object.is_object()) return fallback;
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

int64_t int_field(const json& object, const char* key, int64_t fallback) {
  if (!object.is_object()) return fallback;
  auto it = object.find(key);
  return it != object.end() && it->is_number_integer() ? it->get<int64_t>() : fallback;
}

bool bool_field(const json& object, const char* key, bool fallback) {
  if (!object.is_object()) return fallback;
  auto it = object.find(key);
  return it != object.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string rfc3339(int64_t ms) {
  std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string rfc3339_nano(int64_t ms) {
  std::string text = rfc3339(ms);
  char fraction[16];
  std::snprintf(fraction, sizeof fraction, ".%03d000000Z", static_cast<int>(ms % 1000));
  return text.substr(0, text.size() - 1) + fraction;
}

json* find_app(json& document, const std::string& name) {
  auto& apps = document["apps"];
  auto it = apps.find(name);
  return it == apps.end() ? nullptr : &*it;
}

json new_app_record(const std::string& name, const std::string& org_slug,
                    const std::string& network, int64_t numeric_id, int64_t now) {
  return {{"name", name},
          {"org_slug", org_slug},
          {"network", network},
          {"internal_numeric_id", numeric_id},
          {"created_ms", now},
          {"machines", json::object()},
          {"secrets", json::object()},
          {"secrets_version", 0},
          {"ips", json::array()},
          {"certificates", json::object()},
          {"volumes", json::object()},
          {"releases", json::array()},
          {"logs", json::array()},
          {"log_seq", 0}};
}

json app_view(const json& app) {
  int machine_count = 0;
  bool ever_launched = false;
  for (const auto& [id, machine] : app["machines"].items()) {
    ever_launched = true;
    if (machine["machine"].value("state", "") != "destroyed") ++machine_count;
  }
  const std::string org = app.value("org_slug", "personal");
  return {
      {"id", app["name"]},
      {"name", app["name"]},
      {"status", ever_launched ? "deployed" : "pending"},
      {"organization", {{"name", org}, {"slug", org}, {"internal_numeric_id", 1000 + org.size()}}},
      {"machine_count", machine_count},
      {"volume_count", app["volumes"].size()},
      {"network", app.value("network", "default")},
      {"internal_numeric_id", app["internal_numeric_id"]}};
}

void append_log(json& app, int64_t at_ms, const std::string& instance, const std::string& region,
                const std::string& provider, const std::string& message, const std::string& level) {
  int64_t seq = app.value("log_seq", int64_t{0}) + 1;
  app["log_seq"] = seq;
  auto& logs = app["logs"];
  logs.push_back({{"seq", seq},
                  {"at", at_ms},
                  {"message", message},
                  {"level", level},
                  {"instance", instance},
                  {"region", region},
                  {"provider", provider}});
  if (logs.size() > kMaxLogLines)
    logs.erase(logs.begin(), logs.begin() + (logs.size() - kMaxLogLines));
}

}  // namespace raxol::sandbox::fly
