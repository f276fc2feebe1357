#include "sandbox/fly/fly_state.h"

#include <limits>

#include "sandbox/fly/machine_lifecycle.h"
#include "util/time_format.h"

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

FlyState::FlyState(std::filesystem::path file, Clock& clock)
    : file_(std::move(file), initial_document()), clock_(clock) {}

void FlyState::update(int64_t& now, const std::function<bool(json&)>& change) {
  file_.update([&](json& document) {
    now = epoch_ms(clock_.now());
    if (!document.is_object() || !document.contains("apps")) document = initial_document();
    bool advanced = advance(document, now);
    bool changed = change(document);
    // The change may have scheduled transitions.
    if (changed) refresh_next_due(document);
    return advanced || changed;
  });
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
