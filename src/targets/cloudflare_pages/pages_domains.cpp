#include "targets/cloudflare_pages/pages_domains.h"

#include <algorithm>

namespace raxol::cloudflare_pages {

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

Result<std::string> checked_hostname(const std::string& hostname) {
  std::string host = lower(hostname);
  bool valid = !host.empty() && host.size() <= 253 && host.find('.') != std::string::npos &&
               host.front() != '.' && host.back() != '.';
  for (char c : host)
    valid = valid && (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-');
  if (valid) return host;
  return make_error(ErrorKind::usage, "not a domain name: '" + hostname +
                                          "' (Pages takes one host name, no wildcards)");
}

// A domain the service gave up on: the command stops waiting for these.
bool failed_status(const std::string& status) {
  return status == "error" || status == "blocked" || status == "deactivated";
}

}  // namespace

CertificateInfo certificate_from_domain(const PagesDomain& domain, const std::string& subdomain) {
  CertificateInfo info;
  info.hostname = domain.name;
  info.issued = domain.status == "active";
  info.status = info.issued                     ? "issued"
                : failed_status(domain.status) ? "failed"
                                               : domain.status;
  if (domain.zone_tag.empty() && !subdomain.empty())
    info.dns_records.push_back({"CNAME", domain.name, subdomain, "traffic"});
  if (!domain.txt_name.empty() && !domain.txt_value.empty())
    info.dns_records.push_back(
        {"TXT", domain.txt_name, domain.txt_value, "certificate validation"});
  info.details = {{"id", domain.id},
                  {"domain_status", domain.status},
                  {"verification_status", domain.verification_status},
                  {"validation_status", domain.validation_status},
                  {"validation_method", domain.validation_method},
                  {"certificate_authority", domain.certificate_authority},
                  {"zone_tag", domain.zone_tag},
                  {"created_on", domain.created_on}};
  if (!domain.error_message.empty()) info.details["error"] = domain.error_message;
  return info;
}

Result<std::string> PagesCertificates::subdomain() {
  if (!subdomain_.empty()) return subdomain_;
  RAXOL_ASSIGN_OR_RETURN(auto project, client_.get_project(project_));
  if (!project) {
    Error error = make_error(ErrorKind::not_found,
                             "Cloudflare Pages project " + project_ + " does not exist");
    error.notes.push_back("`raxol-deploy deploy pages` creates it");
    return error;
  }
  subdomain_ = project->subdomain;
  return subdomain_;
}

Result<CertificateInfo> PagesCertificates::add_certificate(const std::string& hostname) {
  RAXOL_ASSIGN_OR_RETURN(std::string host, checked_hostname(hostname));
  RAXOL_ASSIGN_OR_RETURN(std::string target, subdomain());
  RAXOL_ASSIGN_OR_RETURN(PagesDomain domain, domains_.add(project_, host));
  return certificate_from_domain(domain, target);
}

Result<CertificateInfo> PagesCertificates::show_certificate(const std::string& hostname) {
  RAXOL_ASSIGN_OR_RETURN(std::string host, checked_hostname(hostname));
  RAXOL_ASSIGN_OR_RETURN(std::string target, subdomain());
  RAXOL_ASSIGN_OR_RETURN(PagesDomain domain, domains_.get(project_, host));
  return certificate_from_domain(domain, target);
}

Result<CertificateInfo> PagesCertificates::check_certificate(const std::string& hostname) {
  RAXOL_ASSIGN_OR_RETURN(std::string host, checked_hostname(hostname));
  RAXOL_ASSIGN_OR_RETURN(std::string target, subdomain());
  RAXOL_TRY(domains_.retry_validation(project_, host));
  RAXOL_ASSIGN_OR_RETURN(PagesDomain domain, domains_.get(project_, host));
  return certificate_from_domain(domain, target);
}

Result<std::vector<CertificateInfo>> PagesCertificates::list_certificates() {
  RAXOL_ASSIGN_OR_RETURN(std::string target, subdomain());
  RAXOL_ASSIGN_OR_RETURN(auto domains, domains_.list(project_));
  std::vector<CertificateInfo> list;
  for (const auto& domain : domains) list.push_back(certificate_from_domain(domain, target));
  return list;
}

Status PagesCertificates::remove_certificate(const std::string& hostname) {
  RAXOL_ASSIGN_OR_RETURN(std::string host, checked_hostname(hostname));
  return domains_.remove(project_, host);
}

}  // namespace raxol::cloudflare_pages
