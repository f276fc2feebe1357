// TLS certificates (/v1/apps/{app}/certificates...). An ACME certificate waits for "DNS" for
// settings.cert_issue_ms after its creation, then is issued (RSA + ECDSA, 90 days); custom
// certificates are active at once. Issuance is computed from timestamps on every read.
#include <regex>

#include "sandbox/fly/routes.h"
#include "util/ids.h"
#include "util/time_format.h"

namespace raxol::sandbox::fly {

namespace {

constexpr int64_t kNinetyDaysMs = int64_t{90} * 24 * 3600 * 1000;

bool valid_hostname(const std::string& host) {
  static const std::regex pattern(
      R"((\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9])");
  return host.size() <= 253 && std::regex_match(host, pattern);
}

bool issued(const json& cert, int64_t now) { return now >= cert["issue_ms"].get<int64_t>(); }

json addresses(const json& app, bool v6) {
  json list = json::array();
  for (const auto& ip : app["ips"]) {
    std::string type = ip.value("type", "");
    if (v6 ? type == "v6" : (type == "v4" || type == "shared_v4")) list.push_back(ip["ip"]);
  }
  return list;
}

json detail(const json& app, const json& cert, int64_t now) {
  const bool done = issued(cert, now);
  const std::string host = cert["hostname"];
  const int64_t issue_ms = cert["issue_ms"];
  json entry = {{"source", cert["source"]},
                {"status", done ? "active" : "pending_validation"},
                {"created_at", format_rfc3339_ms(cert["created_ms"])},
                {"issuer", done ? "Let's Encrypt" : ""},
                {"issued", json::array()}};
  if (done) {
    entry["expires_at"] = format_rfc3339_ms(issue_ms + kNinetyDaysMs);
    for (const char* type : {"rsa", "ecdsa"})
      entry["issued"].push_back({{"type", type},
                                 {"expires_at", format_rfc3339_ms(issue_ms + kNinetyDaysMs)},
                                 {"certificate_authority", "lets_encrypt"}});
  }
  json errors = json::array();
  if (!done)
    errors.push_back({{"code", "dns_not_configured"},
                      {"message", "no A/AAAA record of " + host + " points at the app yet"},
                      {"remediation", "add the records in dns_requirements, then check again"},
                      {"timestamp", format_rfc3339_ms(now)}});
  return {{"hostname", host},
          {"configured", done},
          {"acme_requested", cert["source"] == "fly"},
          {"status", done ? "active" : "awaiting_configuration"},
          {"dns_provider", "sandbox"},
          {"certificates", json::array({entry})},
          {"validation",
           {{"dns_configured", done},
            {"alpn_configured", done},
            {"http_configured", done},
            {"ownership_txt_configured", false}}},
          {"dns_requirements",
           {{"a", addresses(app, false)},
            {"aaaa", addresses(app, true)},
            {"cname", app["name"].get<std::string>() + ".fly.dev"},
            {"acme_challenge",
             {{"name", "_acme-challenge." + host}, {"target", cert["challenge_target"]}}},
            {"ownership",
             {{"name", "_fly-ownership." + host},
              {"app_value", cert["ownership_app"]},
              {"org_value", cert["ownership_org"]}}}}},
          {"validation_errors", errors}};
}

json summary(const json& cert, int64_t now) {
  const bool done = issued(cert, now);
  const bool fly = cert["source"] == "fly";
  return {{"hostname", cert["hostname"]},
          {"status", done ? "active" : "awaiting_configuration"},
          {"configured", done},
          {"acme_requested", fly},
          {"acme_alpn_configured", done},
          {"acme_dns_configured", done},
          {"acme_http_configured", done},
          {"ownership_txt_configured", false},
          {"has_fly_certificate", fly && done},
          {"has_custom_certificate", !fly},
          {"dns_provider", "sandbox"},
          {"created_at", format_rfc3339_ms(cert["created_ms"])},
          {"updated_at", format_rfc3339_ms(done ? cert["issue_ms"] : cert["created_ms"])}};
}

// Another app holding the hostname, if any.
bool held_elsewhere(const json& document, const std::string& app, const std::string& host) {
  for (const auto& [name, other] : document["apps"].items())
    if (name != app && other["certificates"].contains(host)) return true;
  return false;
}

void create_certificate(Call& call, const std::string& source) {
  auto body = call.json_body();
  if (!body) return;
  const std::string host = body->value("hostname", "");
  if (!valid_hostname(host)) return call.error(422, "hostname \"" + host + "\" is invalid");
  if (source == "custom" &&
      (body->value("fullchain", "").empty() || body->value("private_key", "").empty()))
    return call.error(422, "fullchain and private_key are required");
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    if (held_elsewhere(document, call.path_param(1), host)) {
      call.error(422, "hostname " + host + " is already used by another app");
      return false;
    }
    auto& certificates = (*app)["certificates"];
    // Adding an existing hostname again answers with what is there.
    bool fresh = !certificates.contains(host);
    if (fresh)
      certificates[host] = {
          {"hostname", host},
          {"source", source},
          {"created_ms", call.now},
          {"issue_ms", source == "custom" ? call.now : call.now + call.settings.cert_issue_ms},
          {"challenge_target", host + "." + random_alnum(6) + ".flydns.net"},
          {"ownership_app", "app-" + random_alnum(10)},
          {"ownership_org", "org-" + random_alnum(10)}};
    call.reply(201, detail(*app, certificates[host], call.now));
    return fresh;
  });
}

// Runs `use` on the certificate named in the path (capture 2), or answers 404.
void with_certificate(Call& call, const std::function<bool(json& app, json& cert)>& use) {
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    auto& certificates = (*app)["certificates"];
    if (!certificates.contains(call.path_param(2))) {
      call.error(404, "certificate not found");
      return false;
    }
    return use(*app, certificates[call.path_param(2)]);
  });
}

void list_certificates(Call& call) {
  const std::string filter = call.query("filter");
  auto cursor =
      call.query("cursor").empty() ? std::optional<std::int64_t>(0) : call.query_int("cursor", 0);
  auto limit_param = call.query_int("limit", 25);
  if (!cursor || *cursor < 0 || !limit_param) return call.error(400, "invalid cursor or limit");
  const auto offset = static_cast<size_t>(*cursor);
  const auto limit = static_cast<size_t>(std::clamp<std::int64_t>(*limit_param, 1, 500));
  call.update([&](json& document) {
    json* app = call.app(document, call.path_param(1));
    if (app == nullptr) return false;
    json matching = json::array();
    for (const auto& [host, cert] : (*app)["certificates"].items())
      if (filter.empty() || host.find(filter) != std::string::npos)
        matching.push_back(summary(cert, call.now));
    json page = json::array();
    for (size_t i = offset; i < matching.size() && page.size() < limit; ++i)
      page.push_back(matching[i]);
    const size_t next = offset + page.size();
    call.reply(200, {{"certificates", page},
                     {"next_cursor", next < matching.size() ? std::to_string(next) : ""},
                     {"total_count", matching.size()}});
    return false;
  });
}

void check(Call& call) {
  with_certificate(call, [&](json& app, json& cert) {
    json answer = detail(app, cert, call.now);
    const bool done = issued(cert, call.now);
    json a = done ? answer["dns_requirements"]["a"] : json::array();
    json aaaa = done ? answer["dns_requirements"]["aaaa"] : json::array();
    json resolved = a;
    for (const auto& ip : aaaa) resolved.push_back(ip);
    answer["dns_records"] = {{"a", a},
                             {"aaaa", aaaa},
                             {"cname", json::array()},
                             {"resolved_addresses", resolved},
                             {"soa", "ns1.sandbox.local"},
                             {"acme_challenge_cname", done ? cert["challenge_target"] : json("")},
                             {"ownership_txt", ""}};
    call.reply(200, answer);
    return false;
  });
}

void remove(Call& call, const std::string& only_source, int status) {
  with_certificate(call, [&](json& app, json& cert) {
    if (!only_source.empty() && cert["source"] != only_source) {
      call.error(404, "no " + only_source + " certificate for " + call.path_param(2));
      return false;
    }
    app["certificates"].erase(call.path_param(2));
    if (status == 204) {
      call.no_content();
    } else {
      call.reply(status, json::object());
    }
    return true;
  });
}

}  // namespace

void register_certificates_routes(Router& router) {
  const std::string base = kAppPattern + "/certificates";
  router.get(base, list_certificates);
  router.post(base + "/acme", [](Call& call) { create_certificate(call, "fly"); });
  router.post(base + "/custom", [](Call& call) { create_certificate(call, "custom"); });
  router.get(base + "/([^/]+)", [](Call& call) {
    with_certificate(call, [&](json& app, json& cert) {
      call.reply(200, detail(app, cert, call.now));
      return false;
    });
  });
  router.post(base + "/([^/]+)/check", check);
  router.del(base + "/([^/]+)", [](Call& call) { remove(call, "", 204); });
  router.del(base + "/([^/]+)/acme", [](Call& call) { remove(call, "fly", 200); });
  router.del(base + "/([^/]+)/custom", [](Call& call) { remove(call, "custom", 200); });
}

}  // namespace raxol::sandbox::fly
