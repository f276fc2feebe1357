#include "targets/github_pages/pages_plan.h"

#include <cstdio>

#include "util/strings.h"

namespace raxol::github_pages {

namespace {

std::string human_bytes(std::uint64_t bytes) {
  char buffer[32];
  if (bytes < 1024) return std::to_string(bytes) + " B";
  double value = static_cast<double>(bytes) / 1024.0;
  const char* unit = "kB";
  if (value >= 1024.0) {
    value /= 1024.0;
    unit = "MB";
  }
  std::snprintf(buffer, sizeof buffer, "%.1f %s", value, unit);
  return buffer;
}

nlohmann::json capped(const std::vector<std::string>& paths) {
  constexpr size_t kShown = 100;
  nlohmann::json list = nlohmann::json::array();
  for (size_t i = 0; i < paths.size() && i < kShown; ++i) list.push_back(paths[i]);
  return list;
}

}  // namespace

std::string describe_diff(const TreeDiff& diff, std::uint64_t bytes, bool with_bytes) {
  std::string text = std::to_string(diff.added.size()) + " added, " +
                     std::to_string(diff.changed.size()) + " changed, " +
                     std::to_string(diff.removed.size()) + " removed";
  if (with_bytes) text += " (" + human_bytes(bytes) + ")";
  return text;
}

std::string site_url(const std::string& html_url, const Remote& remote,
                     const std::string& destination) {
  std::string base = html_url;
  if (base.empty() && remote.on_github()) {
    std::string user_site = remote.owner + ".github.io";
    base = "https://" + user_site + "/";
    if (lower(remote.name) != user_site) base += remote.name + "/";
  }
  if (base.empty()) return {};
  if (base.back() != '/') base += '/';
  return destination.empty() ? base : base + destination + "/";
}

nlohmann::json PagesPlanDetail::to_json() const {
  nlohmann::json json = {
      {"repository", remote_url},
      {"branch", settings.branch},
      {"destination_dir", settings.destination_dir},
      {"tip", prepared.parent},
      {"tree", prepared.tree},
      {"commit", prepared.commit},
      {"unchanged", prepared.unchanged()},
      {"added", capped(prepared.diff.added)},
      {"changed", capped(prepared.diff.changed)},
      {"removed", capped(prepared.diff.removed)},
      {"bytes", prepared.bytes},
      {"cname_before", prepared.cname_before},
      {"cname_after", prepared.cname_after},
      {"message", source.message},
      {"author", source.author.display()},
      {"wait", wait},
  };
  if (site) {
    json["site"] = {{"enabled", site->site.has_value()},
                    {"create", site->create},
                    {"changes", site->changes.body}};
    if (!site->warning.empty()) json["site"]["warning"] = site->warning;
  } else {
    json["site"] = nullptr;
    json["site_note"] = rest_note;
  }
  return json;
}

Plan make_plan(const std::string& target_name, std::shared_ptr<const PagesPlanDetail> detail) {
  Plan plan;
  plan.target = target_name;
  plan.kind = "github-pages";
  const auto& prepared = detail->prepared;
  const auto& settings = detail->settings;
  const std::string where = settings.destination_dir.empty() ? std::string("the branch root")
                                                             : settings.destination_dir + "/";
  if (!prepared.unchanged()) {
    plan.steps.push_back(
        {"commit", short_sha(prepared.commit) + " on " + settings.branch,
         describe_diff(prepared.diff, prepared.bytes, true) + " in " + where + " on top of " +
             (prepared.parent.empty() ? std::string("a new branch") : short_sha(prepared.parent)) +
             ": \"" + first_line(detail->source.message) + "\""});
    if (prepared.cname_before != prepared.cname_after)
      plan.steps.push_back({"write", "CNAME",
                            (prepared.cname_before.empty() ? "(none)" : prepared.cname_before) +
                                " -> " +
                                (prepared.cname_after.empty() ? "(none)" : prepared.cname_after)});
    plan.steps.push_back({"push", redact_url_credentials(detail->remote_url),
                          settings.branch + " (fast-forward, no force; re-applied on top if "
                                            "someone else pushes first)"});
  }
  if (detail->site) {
    if (detail->site->create)
      plan.steps.push_back({"create", "Pages site", "publish from " + settings.branch + ":/"});
    if (!detail->site->changes.empty()) {
      std::string text;
      for (const auto& change : detail->site->changes.descriptions)
        text += (text.empty() ? "" : ", ") + change;
      plan.steps.push_back({"update", "Pages site", text});
    }
  }
  if (!prepared.unchanged() && detail->wait)
    plan.steps.push_back({"wait", "Pages build", "until GitHub reports the new commit as built"});
  plan.summary = {{"branch", settings.branch},
                  {"destination_dir", settings.destination_dir},
                  {"files_added", prepared.diff.added.size()},
                  {"files_changed", prepared.diff.changed.size()},
                  {"files_removed", prepared.diff.removed.size()},
                  {"bytes", prepared.bytes},
                  {"tip", prepared.parent},
                  {"commit", prepared.commit}};
  plan.detail = std::move(detail);
  return plan;
}

}  // namespace raxol::github_pages
