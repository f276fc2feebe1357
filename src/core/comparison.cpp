#include "core/comparison.h"

#include "targets/registry.h"

namespace raxol {

namespace {

struct Row {
  const char* key;
  const char* label;
  const Capability Capabilities::*flag;  // nullptr for the text rows
  const std::string Capabilities::*text;
};

const std::vector<Row>& rows() {
  static const std::vector<Row> table = {
      {"primary_use", "Primary use", nullptr, &Capabilities::primary_use},
      {"backend_processing", "Backend processing", &Capabilities::backend_processing, nullptr},
      {"websockets", "WebSockets", &Capabilities::websockets, nullptr},
      {"custom_domain", "Custom domain", &Capabilities::custom_domain, nullptr},
      {"autoscaling", "Autoscaling", &Capabilities::autoscaling, nullptr},
      {"deploy_method", "Deploy method", nullptr, &Capabilities::deploy_method},
      {"https", "HTTPS", &Capabilities::https, nullptr},
  };
  return table;
}

// The first clause of a description, so that table cells stay short.
std::string short_text(const std::string& text) {
  auto cut = text.find_first_of(":;(");
  std::string head = text.substr(0, cut);
  while (!head.empty() && head.back() == ' ') head.pop_back();
  return head;
}

}  // namespace

ComparisonGrid comparison_grid(const std::vector<TargetSpec>& targets) {
  ComparisonGrid grid;
  grid.headers = {"feature"};
  std::vector<const TargetKind*> kinds;
  for (const auto& target : targets) {
    const TargetKind* kind = find_target_kind(target.kind);
    if (kind == nullptr) continue;
    grid.headers.push_back(target.name + " (" + kind->display_name + ")");
    kinds.push_back(kind);
  }
  for (const auto& row : rows()) {
    std::vector<std::string> line = {row.label};
    for (const TargetKind* kind : kinds)
      line.push_back(row.text != nullptr ? short_text(kind->capabilities.*row.text)
                     : (kind->capabilities.*row.flag).supported ? "yes"
                                                                 : "no");
    grid.rows.push_back(std::move(line));
  }
  return grid;
}

nlohmann::json comparison_json(const std::vector<TargetSpec>& targets) {
  nlohmann::json features = nlohmann::json::array();
  for (const auto& row : rows()) features.push_back(row.key);
  nlohmann::json by_target = nlohmann::json::object();
  for (const auto& target : targets) {
    const TargetKind* kind = find_target_kind(target.kind);
    if (kind == nullptr) continue;
    nlohmann::json facts = {{"kind", kind->name}, {"display_name", kind->display_name}};
    for (const auto& row : rows()) {
      if (row.text != nullptr) {
        facts[row.key] = kind->capabilities.*row.text;
      } else {
        const Capability& capability = kind->capabilities.*row.flag;
        facts[row.key] = {{"supported", capability.supported}, {"detail", capability.detail}};
      }
    }
    by_target[target.name] = facts;
  }
  return {{"features", features}, {"targets", by_target}};
}

}  // namespace raxol
