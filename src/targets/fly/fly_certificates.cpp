#include "targets/fly/fly_certificates.h"

#include <algorithm>

#include "util/json_fields.h"

namespace raxol::fly {

namespace {

// "raxol.io" is an apex; "www.raxol.io" is not. (Multi-label suffixes such as co.uk count as
// subdomains here; the A/AAAA records work for both.)
bool is_apex(const std::string& hostname) {
  return std::count(hostname.begin(), hostname.end(), '.') == 1;
}

Status check_hostname(const std::string& hostname) {
  bool valid = !hostname.empty() && hostname.size() <= 253 &&
               hostname.find('.') != std::string::npos && hostname.front() != '.' &&
               hostname.back() != '.';
  for (char c : hostname)
    valid = valid && (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '*');
  if (valid) return {};
  return make_error(ErrorKind::usage, "not a domain name: '" + hostname + "'");
}

void add_records(CertificateInfo& info, const nlohmann::json& requirements) {
  const std::string& host = info.hostname;
  const bool wildcard = host.rfind("*.", 0) == 0;
  for (const char* type : {"a", "aaaa"}) {
    if (!requirements.contains(type) || !requirements[type].is_array()) continue;
    for (const auto& address : requirements[type])
      if (address.is_string())
        info.dns_records.push_back({std::string(type) == "a" ? "A" : "AAAA", host,
                                    address.get<std::string>(), "traffic"});
  }
  std::string cname = string_field(requirements, "cname");
  if (!cname.empty() && !is_apex(host) && !wildcard)
    info.dns_records.push_back({"CNAME", host, cname, "traffic (instead of A/AAAA)"});
  if (requirements.contains("acme_challenge")) {
    const auto& challenge = requirements["acme_challenge"];
    if (!string_field(challenge, "name").empty() && !string_field(challenge, "target").empty())
      info.dns_records.push_back({"CNAME", string_field(challenge, "name"), string_field(challenge, "target"),
                                  wildcard ? "certificate validation (required)"
                                           : "certificate validation (optional: issue before "
                                             "traffic moves)"});
  }
}

}  // namespace

CertificateInfo certificate_from_detail(const nlohmann::json& detail) {
  CertificateInfo info;
  info.hostname = string_field(detail, "hostname");
  info.status = string_field(detail, "status");
  // As flyctl: verified once any certificate of the hostname is active.
  if (detail.contains("certificates") && detail["certificates"].is_array())
    for (const auto& certificate : detail["certificates"])
      if (string_field(certificate, "status") == "active") {
        info.issued = true;
        info.expires_at = string_field(certificate, "expires_at");
      }
  if (info.issued) info.status = "issued";
  if (detail.contains("dns_requirements")) add_records(info, detail["dns_requirements"]);
  if (info.status == "pending_ownership" && detail["dns_requirements"].contains("ownership")) {
    const auto& ownership = detail["dns_requirements"]["ownership"];
    info.dns_records.push_back(
        {"TXT", string_field(ownership, "name"), string_field(ownership, "app_value"), "ownership"});
  }
  if (detail.contains("validation")) info.details["validation"] = detail["validation"];
  if (detail.contains("validation_errors")) {
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& error : detail["validation_errors"])
      errors.push_back({{"code", string_field(error, "code")},
                        {"message", string_field(error, "message")},
                        {"remediation", string_field(error, "remediation")}});
    info.details["validation_errors"] = errors;
  }
  return info;
}

Status FlyCertificates::ensure_ips() {
  RAXOL_ASSIGN_OR_RETURN(auto ips, machines_.list_ips(app_));
  if (!ips.empty()) return {};
  for (const char* type : {"v6", "shared_v4"}) {
    RAXOL_ASSIGN_OR_RETURN(auto ip, machines_.allocate_ip(app_, type));
    context_.ui.info("allocated " + std::string(type) + " " + ip.value("ip", std::string()) +
                     " for " + app_);
  }
  return {};
}

Result<CertificateInfo> FlyCertificates::add_certificate(const std::string& hostname) {
  RAXOL_TRY(check_hostname(hostname));
  RAXOL_TRY(ensure_ips());
  RAXOL_ASSIGN_OR_RETURN(auto detail, resources_.add_acme_certificate(app_, hostname));
  return certificate_from_detail(detail);
}

Result<CertificateInfo> FlyCertificates::show_certificate(const std::string& hostname) {
  RAXOL_TRY(check_hostname(hostname));
  RAXOL_ASSIGN_OR_RETURN(auto detail, resources_.get_certificate(app_, hostname));
  return certificate_from_detail(detail);
}

Result<CertificateInfo> FlyCertificates::check_certificate(const std::string& hostname) {
  RAXOL_TRY(check_hostname(hostname));
  RAXOL_ASSIGN_OR_RETURN(auto detail, resources_.check_certificate(app_, hostname));
  return certificate_from_detail(detail);
}

Result<std::vector<CertificateInfo>> FlyCertificates::list_certificates() {
  RAXOL_ASSIGN_OR_RETURN(auto listed, resources_.list_certificates(app_));
  std::vector<CertificateInfo> infos;
  for (const auto& summary : listed) {
    CertificateInfo info;
    info.hostname = string_field(summary, "hostname");
    info.status = string_field(summary, "status");
    info.issued = info.status == "active" && (summary.value("has_fly_certificate", false) ||
                                              summary.value("has_custom_certificate", false));
    if (info.issued) info.status = "issued";
    info.details = {{"created_at", string_field(summary, "created_at")},
                    {"source", summary.value("has_custom_certificate", false) ? "custom" : "fly"}};
    infos.push_back(std::move(info));
  }
  return infos;
}

Status FlyCertificates::remove_certificate(const std::string& hostname) {
  RAXOL_TRY(check_hostname(hostname));
  return resources_.delete_certificate(app_, hostname);
}

}  // namespace raxol::fly
