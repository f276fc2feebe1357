// Serves what deployments publish, so that tests can fetch a site and compare it with the
// folder: GET /_sandbox/sites/<host>/<path>, where <host> is what a visitor would type:
//   <project> or <subdomain> (raxol-playground.pages.dev)  -> what production serves now;
//   <short id>.<subdomain> (f64788e9.raxol-playground.pages.dev) -> that deployment;
//   <branch alias>.<subdomain> (feature-x.raxol-playground.pages.dev) -> the branch's newest
//   successful deployment.
// _redirects and _headers apply as on Pages. Asset lookup: the exact path, then /index.html for
// a directory, then .html and /index.html; otherwise 404.html with status 404, else index.html
// (Pages' single-page-application fallback). No authentication: sites are public.
#include "sandbox/cloudflare_pages/routes.h"
#include "sandbox/cloudflare_pages/site_rules.h"

namespace raxol::sandbox::cloudflare_pages {

namespace {

void not_found(Call& call, const std::string& why) { call.text(404, "Not found: " + why + "\n"); }

// The deployment id the host names ("" with `why` set when none).
std::string resolve_host(const json& document, const std::string& host, std::int64_t now,
                         std::string& why) {
  for (const auto& [name, project] : document["projects"].items()) {
    const std::string subdomain = project.value("subdomain", "");
    std::string label;
    if (host == name || host == subdomain) {
      std::string live = live_deployment_id(project, now);
      if (live.empty()) why = "project " + name + " has no production deployment yet";
      return live;
    }
    const std::string suffix = "." + subdomain;
    if (host.size() <= suffix.size() ||
        host.compare(host.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    label = host.substr(0, host.size() - suffix.size());
    const auto& ids = project["deployment_ids"];
    for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
      const json* record = find_deployment(document, it->get<std::string>());
      if (record == nullptr || !succeeded_by(*record, now)) continue;
      const std::string id = record->value("id", "");
      if (id.compare(0, 8, label) == 0 && label.size() == 8) return id;
      if (branch_alias(record->value("branch", "")) == label) return id;
    }
    why = "no finished deployment answers to " + host;
    return {};
  }
  why = "no project answers to " + host;
  return {};
}

const std::string* find_asset(const SiteSnapshot& site, const std::string& path,
                              std::string& served_path) {
  std::vector<std::string> candidates = {path};
  if (!path.empty() && path.back() == '/') {
    candidates.push_back(path + "index.html");
  } else {
    candidates.push_back(path + ".html");
    candidates.push_back(path + "/index.html");
  }
  for (const auto& candidate : candidates) {
    auto found = site.manifest.find(candidate);
    if (found != site.manifest.end()) {
      served_path = candidate;
      return &found->second;
    }
  }
  return nullptr;
}

void serve_site(Call& call) {
  auto& response = call.response;
  const std::string host = call.path_param(1);
  std::string path = call.path_param(2);
  if (path.empty()) path = "/";
  std::string id, why;
  call.context.state.read(
      [&](const json& document) { id = resolve_host(document, host, call.now, why); });
  if (id.empty()) return not_found(call, why);
  auto site = call.context.sites.load(id);
  if (!site) return not_found(call, "the files of deployment " + id + " are gone");

  for (const auto& [name, value] : headers_for(parse_headers(site->headers), path))
    response.set_header(name, value);
  std::string lookup = path;
  if (auto redirect = match_redirect(parse_redirects(site->redirects), path)) {
    if (redirect->status != 200) {
      response.status = redirect->status;
      response.set_header("Location", redirect->to);
      return;
    }
    lookup = redirect->to.substr(0, redirect->to.find('?'));  // a rewrite: serve that path
  }
  std::string served;
  int status = 200;
  const std::string* key = find_asset(*site, lookup, served);
  if (key == nullptr) {
    auto page = site->manifest.find("/404.html");
    if (page == site->manifest.end())
      page = site->manifest.find("/index.html");
    else
      status = 404;
    if (page == site->manifest.end()) return not_found(call, path);
    key = &page->second;
  }
  auto asset = call.context.assets.get(*key);
  if (!asset) return not_found(call, "asset " + *key + " is missing from the store");
  response.status = status;
  response.set_header("X-Sandbox-Deployment", id);
  response.set_content(std::move(asset->bytes), asset->content_type.c_str());
}

}  // namespace

void register_site_routes(Router& router) { router.get(kSitesPrefix + "([^/]+)(/.*)?", serve_site); }

}  // namespace raxol::sandbox::cloudflare_pages
