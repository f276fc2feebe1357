#include "sandbox/github/pages_state.h"

#include <algorithm>
#include <functional>

#include "sandbox/github/pages_certificate.h"
#include "util/json_fields.h"
#include "util/strings.h"
#include "util/time_format.h"

namespace raxol::sandbox::github {

PagesState::PagesState(std::filesystem::path file)
    : file_(std::move(file), {{"sites", json::object()}, {"next_build_id", 1}}) {}

std::optional<std::string> PagesState::source_branch(const std::string& slug) {
  std::optional<std::string> branch;
  file_.read([&](const json& document) {
    const auto& sites = document.value("sites", json::object());
    auto it = sites.find(slug);
    if (it == sites.end() || it->value("build_type", "legacy") != "legacy") return;
    branch = (*it)["source"].value("branch", "gh-pages");
  });
  return branch;
}

void PagesState::add_build(const std::string& slug, const std::string& commit,
                           const std::string& pusher, int build_ms, const std::string& error,
                           std::int64_t now, bool requested) {
  file_.update([&](json& document) {
    auto& sites = document["sites"];
    if (!sites.contains(slug)) return false;
    auto& builds = sites[slug]["builds"];
    if (!builds.is_array()) builds = json::array();
    if (!requested && !builds.empty() && builds.back().value("commit", "") == commit) return false;
    int id = document.value("next_build_id", 1);
    document["next_build_id"] = id + 1;
    builds.push_back({{"id", id},
                      {"commit", commit},
                      {"pusher", pusher},
                      {"created_ms", now},
                      {"done_ms", now + std::max(0, build_ms)},
                      {"result", error.empty() ? "built" : "errored"},
                      {"error", error.empty() ? json() : json(error)}});
    return true;
  });
}

std::string build_status(const json& build, std::int64_t now) {
  std::int64_t created = build.value("created_ms", std::int64_t{0});
  std::int64_t done = build.value("done_ms", created);
  if (now >= done) return build.value("result", "built");
  return now < created + (done - created) / 3 ? "queued" : "building";
}

json build_json(const json& site, const json& build, const std::string& api_base,
                std::int64_t now) {
  std::string status = build_status(build, now);
  bool finished = status == "built" || status == "errored";
  std::int64_t created = build.value("created_ms", std::int64_t{0});
  std::int64_t done = build.value("done_ms", created);
  const std::string pusher = build.value("pusher", "");
  return {
      {"url", api_base + "/repos/" + site.value("owner", "") + "/" + site.value("repo", "") +
                  "/pages/builds/" + std::to_string(build.value("id", 0))},
      {"status", status},
      {"error", {{"message", status == "errored" ? build.value("error", json()) : json()}}},
      {"pusher", pusher.empty() ? json() : json{{"login", pusher}, {"id", 1}, {"type", "User"}}},
      {"commit", build.value("commit", "")},
      {"duration", finished ? done - created : 0},
      {"created_at", format_rfc3339_ms(created)},
      {"updated_at", format_rfc3339_ms(finished ? done : now)},
  };
}

json site_json(const json& site, const std::string& api_base, std::int64_t now) {
  const std::string owner = site.value("owner", "");
  const std::string repo = site.value("repo", "");
  std::string cname = string_field(site, "cname");
  std::string html_url;
  if (!cname.empty())
    html_url = "https://" + cname + "/";
  else if (lower(repo) == lower(owner) + ".github.io")
    html_url = "https://" + lower(owner) + ".github.io/";
  else
    html_url = "https://" + lower(owner) + ".github.io/" + repo + "/";
  const auto& builds = site.value("builds", json::array());
  json status = builds.empty() ? json() : json(build_status(builds.back(), now));
  json page = {
      {"url", api_base + "/repos/" + owner + "/" + repo + "/pages"},
      {"status", status},
      {"cname", cname.empty() ? json() : json(cname)},
      {"protected_domain_state", cname.empty() ? json() : json("verified")},
      {"pending_domain_unverified_at", nullptr},
      {"custom_404", false},
      {"html_url", html_url},
      {"build_type", site.value("build_type", "legacy")},
      {"source", site.value("source", json{{"branch", "gh-pages"}, {"path", "/"}})},
      {"public", site.value("public", true)},
      {"https_enforced", site.value("https_enforced", false)},
  };
  if (!cname.empty()) {
    // A site whose domain predates certificates in the state file counts as approved.
    json certificate = site.value("certificate", json());
    if (!certificate.is_object() || certificate.value("domain", "") != cname)
      certificate = new_certificate(cname, 0, 0);
    page["https_certificate"] = https_certificate_json(certificate, now);
  }
  return page;
}

}  // namespace raxol::sandbox::github
