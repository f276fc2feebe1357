#include "sandbox/cloudflare_pages/pages_state.h"

#include <array>

#include "sandbox/cloudflare_pages/env_vars.h"
#include "util/time_format.h"

namespace raxol::sandbox::cloudflare_pages {

namespace {

json initial_document() { return {{"projects", json::object()}, {"deployments", json::object()}}; }

constexpr std::array<const char*, kStageCount> kStages = {"queued", "initialize", "clone_repo",
                                                          "build", "deploy"};

json stage_view(const json& record, int index, std::int64_t now) {
  const std::int64_t created = record.value("created_ms", std::int64_t{0});
  const std::int64_t step = record.value("stage_ms", std::int64_t{0});
  const std::int64_t start = created + index * step;
  const std::int64_t end = start + step;
  json stage = {{"name", kStages[index]}, {"started_on", nullptr}, {"ended_on", nullptr}};
  if (now < start) {
    stage["status"] = "idle";
  } else if (now < end) {
    stage["status"] = "active";
    stage["started_on"] = timestamp(start);
  } else {
    const bool failed = index == kStageCount - 1 && record.value("fails", false);
    stage["status"] = failed ? "failure" : "success";
    stage["started_on"] = timestamp(start);
    stage["ended_on"] = timestamp(end);
  }
  return stage;
}

}  // namespace

PagesState::PagesState(std::filesystem::path file) : file_(std::move(file), initial_document()) {}

void PagesState::update(const std::function<bool(json&)>& change) {
  file_.update([&](json& document) {
    bool reset = false;
    if (!document.is_object() || !document.contains("projects")) {
      document = initial_document();
      reset = true;
    }
    return change(document) || reset;
  });
}

void PagesState::read(const std::function<void(const json&)>& read) {
  file_.read([&](const json& document) {
    read(document.is_object() && document.contains("projects") ? document : initial_document());
  });
}

std::string timestamp(std::int64_t ms) {
  return format_rfc3339_ms(ms, TimePrecision::milliseconds);
}

std::string branch_alias(const std::string& branch) {
  std::string alias;
  for (char c : branch) {
    unsigned char u = static_cast<unsigned char>(c);
    alias += std::isalnum(u) ? static_cast<char>(std::tolower(u)) : '-';
  }
  return alias;
}

json* find_project(json& document, const std::string& name) {
  auto& projects = document["projects"];
  auto found = projects.find(name);
  return found == projects.end() ? nullptr : &*found;
}

const json* find_deployment(const json& document, const std::string& id) {
  auto all = document.find("deployments");
  if (all == document.end() || !all->is_object()) return nullptr;
  const auto& deployments = *all;
  auto found = deployments.find(id);
  if (found != deployments.end()) return &*found;
  if (id.size() != 8) return nullptr;
  for (const auto& [key, record] : deployments.items())
    if (key.compare(0, 8, id) == 0) return &record;
  return nullptr;
}

std::int64_t finished_at_ms(const json& record) {
  return record.value("created_ms", std::int64_t{0}) +
         kStageCount * record.value("stage_ms", std::int64_t{0});
}

bool succeeds(const json& record) { return !record.value("fails", false); }

bool succeeded_by(const json& record, std::int64_t now) {
  return succeeds(record) && now >= finished_at_ms(record);
}

std::string live_deployment_id(const json& project, std::int64_t now) {
  std::string live;
  std::int64_t best = -1;
  for (const auto& event : project.value("live_events", json::array())) {
    std::int64_t at = event.value("at_ms", std::int64_t{0});
    if (at <= now && at >= best) {
      best = at;
      live = event.value("id", "");
    }
  }
  return live;
}

json deployment_view(const json& record, const json& project, std::int64_t now) {
  const std::string id = record.value("id", "");
  const std::string short_id = id.substr(0, 8);
  const std::string subdomain = project.value("subdomain", "");
  json stages = json::array();
  json latest;
  for (int i = 0; i < kStageCount; ++i) {
    stages.push_back(stage_view(record, i, now));
    if (i == 0 || stages[i]["status"] != "idle") latest = stages[i];
  }
  const std::int64_t modified = std::min(now, finished_at_ms(record));
  return {{"id", id},
          {"short_id", short_id},
          {"project_id", project.value("id", "")},
          {"project_name", project.value("name", "")},
          {"environment", record.value("environment", "preview")},
          {"url", "https://" + short_id + "." + subdomain},
          {"aliases",
           json::array({"https://" + branch_alias(record.value("branch", "")) + "." + subdomain})},
          {"created_on", timestamp(record.value("created_ms", std::int64_t{0}))},
          {"modified_on", timestamp(modified)},
          {"deployment_trigger",
           {{"type", "ad_hoc"},
            {"metadata",
             {{"branch", record.value("branch", "")},
              {"commit_hash", record.value("commit_hash", "")},
              {"commit_message", record.value("commit_message", "")},
              {"commit_dirty", record.value("commit_dirty", false)}}}}},
          {"latest_stage", latest},
          {"stages", stages},
          {"build_config",
           {{"build_command", nullptr},
            {"destination_dir", nullptr},
            {"root_dir", nullptr},
            {"web_analytics_tag", nullptr},
            {"web_analytics_token", nullptr}}},
          {"env_vars", env_vars_view(record.value("env_vars", json::object()))},
          {"is_skipped", false},
          {"source", nullptr},
          {"uses_functions", false}};
}

json project_view(const json& project, const json& document, std::int64_t now) {
  const json env_vars = project.value("env_vars", json::object());
  auto deployment_config = [&](const char* env) {
    return json{{"compatibility_date", "2024-01-01"},
                {"compatibility_flags", json::array()},
                {"env_vars", env_vars_view(env_vars.value(env, json::object()))},
                {"fail_open", true},
                {"usage_model", "standard"}};
  };
  // `domains` lists the pages.dev subdomain and then the custom domains.
  json domains = json::array({project.value("subdomain", "")});
  const json custom = project.value("custom_domains", json::object());
  for (const auto& [name, domain] : custom.items()) domains.push_back(name);
  json view = {{"id", project.value("id", "")},
               {"name", project.value("name", "")},
               {"subdomain", project.value("subdomain", "")},
               {"domains", domains},
               {"production_branch", project.value("production_branch", "main")},
               {"created_on", timestamp(project.value("created_ms", std::int64_t{0}))},
               {"deployment_configs",
                {{"production", deployment_config("production")},
                 {"preview", deployment_config("preview")}}},
               {"build_config",
                {{"build_command", nullptr}, {"destination_dir", nullptr}, {"root_dir", nullptr}}},
               {"latest_deployment", nullptr},
               {"canonical_deployment", nullptr},
               {"uses_functions", false}};
  const auto& ids = project.value("deployment_ids", json::array());
  if (!ids.empty())
    if (const json* latest = find_deployment(document, ids.back().get<std::string>()))
      view["latest_deployment"] = deployment_view(*latest, project, now);
  const std::string live = live_deployment_id(project, now);
  if (!live.empty())
    if (const json* canonical = find_deployment(document, live))
      view["canonical_deployment"] = deployment_view(*canonical, project, now);
  return view;
}

}  // namespace raxol::sandbox::cloudflare_pages
