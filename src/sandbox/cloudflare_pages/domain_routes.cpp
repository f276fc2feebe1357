// Custom domains of a project (/accounts/{a}/pages/projects/{p}/domains[/{name}]): list, add,
// get, PATCH (retry validation), delete, with Cloudflare's domain object. A domain is pending
// for settings.domain_active_ms after it is added, then active — or, when it matches
// settings.failing_domains, in error. Status is computed from timestamps on every read, so no
// thread moves it along; the delay is captured when the domain is added (or retried).
#include <algorithm>
#include <regex>

#include "sandbox/cloudflare_pages/routes.h"
#include "util/glob.h"
#include "util/ids.h"
#include "util/strings.h"

namespace raxol::sandbox::cloudflare_pages {

namespace {

bool valid_domain(const std::string& name) {
  static const std::regex pattern(
      R"(([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9])");
  return name.size() <= 253 && std::regex_match(name, pattern);
}

// The zone of the account holding `name` ("" when it is outside every zone).
std::string zone_of(const PagesEmulatorSettings& settings, const std::string& name) {
  for (const auto& zone : settings.zones)
    if (name == zone ||
        (name.size() > zone.size() &&
         name.compare(name.size() - zone.size() - 1, std::string::npos, "." + zone) == 0))
      return zone;
  return {};
}

// Starts (or restarts) validation: when it ends, and how.
void schedule(json& record, const Call& call) {
  record["active_ms"] = call.now + call.settings.domain_active_ms;
  record["fails"] =
      glob_matches_any(call.settings.failing_domains, record["name"].get<std::string>());
}

json domain_view(const json& record, const json& project, std::int64_t now) {
  const std::string name = record["name"];
  const bool done = now >= record.value("active_ms", std::int64_t{0});
  const bool failed = done && record.value("fails", false);
  const std::string status = failed ? "error" : done ? "active" : "pending";
  const std::string method = record.value("method", "http");
  json validation = {{"status", status}, {"method", method}};
  if (method == "txt" && !done) {
    validation["txt_name"] = "_cf-custom-hostname." + name;
    validation["txt_value"] = record.value("txt_value", "");
  }
  json verification = {{"status", status}};
  if (failed) {
    const std::string message =
        "CNAME record not found: " + name + " does not point to " + project.value("subdomain", "");
    validation["error_message"] = message;
    verification["error_message"] = message;
  }
  return {{"id", record["id"]},
          {"domain_id", record["domain_id"]},
          {"name", name},
          {"status", status},
          {"verification_data", verification},
          {"validation_data", validation},
          {"zone_tag", record.value("zone_tag", "")},
          {"certificate_authority", "google"},
          {"created_on", timestamp(record.value("created_ms", std::int64_t{0}))}};
}

// Runs `use` on the domain of the path (capture 3), or answers 404.
void with_domain(Call& call, const std::function<bool(json& project, json& record)>& use) {
  if (!call.check_account()) return;
  call.context.state.update([&](json& document) {
    json* project = project_or_404(call, document);
    if (project == nullptr) return false;
    json& domains = (*project)["custom_domains"];
    if (!domains.is_object()) domains = json::object();
    auto found = domains.find(lower(call.path_param(3)));
    if (found == domains.end()) {
      call.error(404, kDomainNotFound, "Custom domain not found for this project.");
      return false;
    }
    return use(*project, *found);
  });
}

void list_domains(Call& call) {
  if (!call.check_account()) return;
  call.context.state.update([&](json& document) {
    json* project = project_or_404(call, document);
    if (project == nullptr) return false;
    json items = json::array();
    const json domains = project->value("custom_domains", json::object());
    for (const auto& [name, record] : domains.items())
      items.push_back(domain_view(record, *project, call.now));
    call.ok(items, 200, page_info(1, std::max<int>(1, items.size()), items.size(), items.size()));
    return false;
  });
}

void add_domain(Call& call) {
  if (!call.check_account()) return;
  const std::string shape = "The request body must be {\"name\": \"<domain>\"}";
  auto body = call.json_body(shape);
  if (!body) return;
  if (!body->contains("name") || !(*body)["name"].is_string())
    return call.error(400, kValidation, shape);
  const std::string name = lower((*body)["name"].get<std::string>());
  if (!valid_domain(name))
    return call.error(400, kDomainInvalid, "The custom domain '" + name + "' is invalid.");
  call.context.state.update([&](json& document) {
    json* project = project_or_404(call, document);
    if (project == nullptr) return false;
    json& domains = (*project)["custom_domains"];
    if (!domains.is_object()) domains = json::object();
    if (domains.contains(name)) {
      call.error(400, kDomainExists, "You have already added this custom domain.");
      return false;
    }
    const std::string zone = zone_of(call.settings, name);
    json record = {{"id", new_uuid()},
                   {"domain_id", new_uuid()},
                   {"name", name},
                   {"created_ms", call.now},
                   // Inside a zone of the account Cloudflare validates over HTTP by itself.
                   {"method", zone.empty() ? call.settings.domain_validation_method : "http"},
                   {"txt_value", new_uuid()},
                   {"zone_tag", zone.empty() ? "" : "zone-" + branch_alias(zone)},
                   {"validation_attempts", 1}};
    schedule(record, call);
    domains[name] = record;
    call.ok(domain_view(record, *project, call.now));
    return true;
  });
}

// PATCH: retry validation. A domain in error whose cause is gone (it no longer matches
// failing_domains) starts over; one still failing stays in error at once, as a retry that
// finds the same problem; a pending or active domain is left as it is.
void retry_domain(Call& call) {
  with_domain(call, [&](json& project, json& record) {
    record["validation_attempts"] = record.value("validation_attempts", 0) + 1;
    if (domain_view(record, project, call.now)["status"] == "error" &&
        !glob_matches_any(call.settings.failing_domains, record["name"].get<std::string>()))
      schedule(record, call);
    call.ok(domain_view(record, project, call.now));
    return true;
  });
}

}  // namespace

void register_domain_routes(Router& router) {
  const std::string one = kDomainsPattern + "/([^/]+)";
  router.get(kDomainsPattern, list_domains);
  router.post(kDomainsPattern, add_domain);
  router.get(one, [](Call& call) {
    with_domain(call, [&](json& project, json& record) {
      call.ok(domain_view(record, project, call.now));
      return false;
    });
  });
  router.patch(one, retry_domain);
  router.del(one, [](Call& call) {
    with_domain(call, [&](json& project, json&) {
      project["custom_domains"].erase(lower(call.path_param(3)));
      call.ok(nullptr);
      return true;
    });
  });
}

}  // namespace raxol::sandbox::cloudflare_pages
