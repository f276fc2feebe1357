// The Pages REST subset under /api/v3 (GitHub Enterprise Server's layout): the site
// (GET/POST/PUT/DELETE /repos/{o}/{r}/pages) and its builds (list, latest, one, request), with
// GitHub's status codes (201, 204, 404, 409 on a second create, 422 on bad fields, 404 "The
// certificate does not exist yet" for https_enforced before a custom domain's certificate is
// approved) and error envelope.
#include "sandbox/github/pages_certificate.h"
#include "sandbox/github/routes.h"

namespace raxol::sandbox::github {

namespace {

const std::string kPages = R"(/api/v3/repos/([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+)/pages)";

void unprocessable(Call& call, const std::string& field, const std::string& message) {
  call.reply(422, {{"message", "Invalid request.\n\n" + message},
                   {"documentation_url", "https://docs.github.com/rest/pages/pages"},
                   {"errors",
                    json::array({{{"resource", "Page"}, {"field", field}, {"code", "invalid"}}})}});
}

// Checks `source` (branch required; path "/" or "/docs") and fills the default path.
bool valid_source(Call& call, json& source) {
  if (!source.is_object() || !source.contains("branch") || !source["branch"].is_string() ||
      source["branch"].get<std::string>().empty()) {
    unprocessable(call, "source", "\"branch\" is a required source key.");
    return false;
  }
  if (!source.contains("path")) source["path"] = "/";
  if (!source["path"].is_string() || (source["path"] != "/" && source["path"] != "/docs")) {
    unprocessable(call, "source", "\"path\" must be \"/\" or \"/docs\".");
    return false;
  }
  return true;
}

// A build of the source branch's tip, when the site is legacy and the branch exists.
void build_branch_tip(Call& call, bool requested = false) {
  auto branch = call.context.pages.source_branch(call.slug());
  if (!branch) return;
  std::string tip = call.context.git.branch_tip(call.owner(), call.repo(), *branch);
  if (!tip.empty())
    call.context.pages.add_build(call.slug(), tip, call.login, call.settings.build_ms,
                                 call.settings.build_error, call.now, requested);
}

void get_site(Call& call) {
  json answer;
  call.context.pages.read([&](const json& document) {
    const auto& sites = document.value("sites", json::object());
    if (sites.contains(call.slug()))
      answer = site_json(sites[call.slug()], call.context.api_base(), call.now);
  });
  if (answer.is_null()) return call.error(404, "Not Found");
  call.reply(200, answer);
}

void create_site(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  std::string build_type = body->value("build_type", "legacy");
  if (build_type != "legacy" && build_type != "workflow")
    return unprocessable(call, "build_type", "build_type must be legacy or workflow.");
  json source = body->value("source", json{{"branch", "gh-pages"}, {"path", "/"}});
  if (!valid_source(call, source)) return;
  auto created = call.context.git.ensure_repo(call.owner(), call.repo());
  if (!created.ok()) return call.error(500, created.error().message);
  json site;
  bool exists = false;
  call.context.pages.update([&](json& document) {
    auto& sites = document["sites"];
    if (sites.contains(call.slug())) {
      exists = true;
      return false;
    }
    site = {{"owner", call.owner()},   {"repo", call.repo()},      {"cname", nullptr},
            {"https_enforced", false}, {"build_type", build_type}, {"source", source},
            {"public", true},          {"builds", json::array()}};
    sites[call.slug()] = site;
    return true;
  });
  if (exists) return call.error(409, "GitHub Pages is already enabled.");
  build_branch_tip(call);
  call.reply(201, site_json(site, call.context.api_base(), call.now));
}

void update_site(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  if (body->contains("cname") && !(*body)["cname"].is_string() && !(*body)["cname"].is_null())
    return unprocessable(call, "cname", "cname must be a string or null.");
  if (body->contains("https_enforced") && !(*body)["https_enforced"].is_boolean())
    return unprocessable(call, "https_enforced", "https_enforced must be a boolean.");
  if (body->contains("public") && !(*body)["public"].is_boolean())
    return unprocessable(call, "public", "public must be a boolean.");
  if (body->contains("build_type") && (*body)["build_type"] != "legacy" &&
      (*body)["build_type"] != "workflow")
    return unprocessable(call, "build_type", "build_type must be legacy or workflow.");
  json source = body->value("source", json());
  if (!source.is_null() && !valid_source(call, source)) return;
  bool found = false, rebuild = false, no_certificate = false;
  const std::int64_t now = call.now;
  call.context.pages.update([&](json& document) {
    auto& sites = document["sites"];
    if (!sites.contains(call.slug())) return false;
    found = true;
    json site = sites[call.slug()];  // changed as a copy: a refused request changes nothing
    for (const char* key : {"cname", "https_enforced", "public", "build_type"})
      if (body->contains(key)) site[key] = (*body)[key];
    if (site["cname"].is_string() && site["cname"].get<std::string>().empty())
      site["cname"] = nullptr;
    const bool has_domain = site["cname"].is_string();
    // A new domain needs a new certificate, which takes certificate_ms to be approved.
    if (!has_domain)
      site.erase("certificate");
    else if (site.value("certificate", json::object()).value("domain", "") != site["cname"])
      site["certificate"] = new_certificate(site["cname"], now, call.settings.certificate_ms);
    // HTTPS cannot be enforced for a custom domain before its certificate is approved.
    if (body->value("https_enforced", false) == true && has_domain &&
        certificate_state(site["certificate"], now) != "approved") {
      no_certificate = true;
      return false;
    }
    if (!source.is_null()) {
      rebuild = site["source"] != source;
      site["source"] = source;
    }
    sites[call.slug()] = std::move(site);
    return true;
  });
  if (!found) return call.error(404, "Not Found");
  if (no_certificate) return call.error(404, "The certificate does not exist yet");
  if (rebuild) build_branch_tip(call);
  call.no_content();
}

void delete_site(Call& call) {
  bool found = false;
  call.context.pages.update([&](json& document) {
    found = document["sites"].erase(call.slug()) > 0;
    return found;
  });
  if (!found) return call.error(404, "Not Found");
  call.no_content();
}

// Answers with the site's builds (`pick` chooses), or 404 when there is no site.
void with_builds(Call& call,
                 const std::function<void(const json& site, const json& builds)>& pick) {
  bool found = false;
  call.context.pages.read([&](const json& document) {
    const auto& sites = document.value("sites", json::object());
    if (!sites.contains(call.slug())) return;
    found = true;
    pick(sites[call.slug()], sites[call.slug()].value("builds", json::array()));
  });
  if (!found) call.error(404, "Not Found");
}

void list_builds(Call& call) {
  auto pagination = read_pagination(call);
  if (!pagination) return call.error(400, "Invalid pagination");
  const int per_page = pagination->per_page, page = pagination->page;
  with_builds(call, [&](const json& site, const json& builds) {
    json list = json::array();
    size_t skip = static_cast<size_t>((page - 1) * per_page);
    for (size_t i = 0; i < builds.size(); ++i) {
      if (i < skip) continue;
      if (list.size() >= static_cast<size_t>(per_page)) break;
      list.push_back(
          build_json(site, builds[builds.size() - 1 - i], call.context.api_base(), call.now));
    }
    call.reply(200, list);
  });
}

void one_build(Call& call, bool latest) {
  with_builds(call, [&](const json& site, const json& builds) {
    const json* chosen = nullptr;
    if (latest && !builds.empty()) chosen = &builds.back();
    for (const auto& build : builds)
      if (!latest && std::to_string(build.value("id", 0)) == call.path_param(3)) chosen = &build;
    if (chosen == nullptr) return call.error(404, "Not Found");
    call.reply(200, build_json(site, *chosen, call.context.api_base(), call.now));
  });
}

void request_build(Call& call) {
  if (!call.context.pages.source_branch(call.slug())) return call.error(404, "Not Found");
  build_branch_tip(call, true);
  call.reply(201,
             {{"url", call.context.api_base() + "/repos/" + call.slug() + "/pages/builds/latest"},
              {"status", "queued"}});
}

}  // namespace

void register_pages_routes(Router& rest, Router& open) {
  rest.get(kPages, get_site);
  rest.post(kPages, create_site);
  rest.put(kPages, update_site);
  rest.del(kPages, delete_site);
  rest.get(kPages + "/builds", list_builds);
  rest.post(kPages + "/builds", request_build);
  rest.get(kPages + "/builds/latest", [](Call& call) { one_build(call, true); });
  rest.get(kPages + R"(/builds/(\d+))", [](Call& call) { one_build(call, false); });
  // Anything else under the API answers in GitHub's envelope.
  open.any("/api/v3/.*", [](Call& call) { call.error(404, "Not Found"); });
}

}  // namespace raxol::sandbox::github
