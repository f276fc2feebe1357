#include "targets/github_pages/domain/pages_domain.h"

#include "targets/github_pages/domain/dns_records.h"

namespace raxol::github_pages {

std::string certificate_status(const PagesCertificate& certificate) {
  if (certificate.approved()) return "issued";
  const std::string& state = certificate.state;
  if (state == "errored" || state == "bad_authz" || state == "authorization_revoked")
    return "failed";
  return state.empty() ? "pending" : state;
}

PagesDomain::PagesDomain(Context& context, std::string target, const PagesSettings& settings,
                         PagesClient* client, std::optional<Error> unavailable, std::string owner,
                         CommitCname commit_cname)
    : context_(context),
      target_(std::move(target)),
      settings_(settings),
      client_(client),
      unavailable_(std::move(unavailable)),
      owner_(std::move(owner)),
      commit_cname_(std::move(commit_cname)) {}

Result<PagesClient*> PagesDomain::usable() {
  if (client_ == nullptr)
    return unavailable_.value_or(make_error(ErrorKind::internal, "no GitHub REST client"));
  return client_;
}

Result<PagesSite> PagesDomain::site(PagesClient& client) {
  RAXOL_ASSIGN_OR_RETURN(auto site, client.get_site());
  if (!site)
    return make_error(ErrorKind::not_found, "GitHub Pages is not enabled for " + client.owner() +
                                                "/" + client.repo() + " (deploy " + target_ +
                                                " first)");
  return *site;
}

Result<PagesSite> PagesDomain::site_with(PagesClient& client, const std::string& domain) {
  RAXOL_ASSIGN_OR_RETURN(PagesSite current, site(client));
  if (current.cname != domain)
    return make_error(ErrorKind::not_found,
                      domain + " is not the custom domain of " + target_ + " (it has " +
                          (current.cname.empty() ? std::string("none") : current.cname) + ")");
  return current;
}

Status PagesDomain::check_setting_allows(const std::string& domain, bool removing) {
  if (settings_.cname.empty() || (!removing && settings_.cname == domain)) return {};
  return make_error(
      ErrorKind::config,
      "targets." + target_ + ".cname is \"" + settings_.cname +
          "\" in the project file, and every deploy sets it again; " +
          (removing ? "remove the setting first" : "change the setting to use " + domain));
}

CertificateInfo PagesDomain::describe(const PagesSite& site, const std::string& domain) const {
  CertificateInfo info;
  info.hostname = domain;
  info.status = certificate_status(site.certificate);
  info.issued = site.certificate.approved();
  info.expires_at = site.certificate.expires_at;
  info.dns_records = pages_dns_records(domain, owner_);
  info.details = {{"state", site.certificate.state},
                  {"description", site.certificate.description},
                  {"domains", site.certificate.domains},
                  {"https_enforced", site.https_enforced},
                  {"apex", is_apex_domain(domain)}};
  return info;
}

Result<CertificateInfo> PagesDomain::add_certificate(const std::string& hostname) {
  RAXOL_ASSIGN_OR_RETURN(std::string domain, parse_custom_domain(hostname));
  RAXOL_TRY(check_setting_allows(domain, false));
  RAXOL_ASSIGN_OR_RETURN(PagesClient * client, usable());
  RAXOL_ASSIGN_OR_RETURN(PagesSite current, site(*client));
  if (!current.cname.empty() && current.cname != domain)
    return make_error(ErrorKind::conflict,
                      target_ + " already has the custom domain " + current.cname +
                          " (a Pages site has one); remove it first: raxol-deploy certs remove " +
                          target_ + " " + current.cname);
  nlohmann::json commit = nullptr;
  // A site built by a workflow ignores the CNAME file: only the API setting counts there.
  if (current.build_type != "workflow") {
    context_.ui.step("Writing CNAME (" + domain + ") to " + settings_.branch);
    RAXOL_ASSIGN_OR_RETURN(PushOutcome pushed, commit_cname_(domain, "custom domain: " + domain));
    commit = pushed.commit;
  }
  if (current.cname != domain) RAXOL_TRY(client->update_site({{"cname", domain}}));
  RAXOL_ASSIGN_OR_RETURN(PagesSite added, site_with(*client, domain));
  CertificateInfo info = describe(added, domain);
  info.details["commit"] = commit;
  return info;
}

Result<CertificateInfo> PagesDomain::show_certificate(const std::string& hostname) {
  RAXOL_ASSIGN_OR_RETURN(std::string domain, parse_custom_domain(hostname));
  RAXOL_ASSIGN_OR_RETURN(PagesClient * client, usable());
  RAXOL_ASSIGN_OR_RETURN(PagesSite current, site_with(*client, domain));
  return describe(current, domain);
}

Result<CertificateInfo> PagesDomain::check_certificate(const std::string& hostname) {
  RAXOL_ASSIGN_OR_RETURN(std::string domain, parse_custom_domain(hostname));
  RAXOL_ASSIGN_OR_RETURN(PagesClient * client, usable());
  RAXOL_ASSIGN_OR_RETURN(PagesSite current, site_with(*client, domain));
  // GitHub refuses "Enforce HTTPS" until the certificate is approved: now is the moment.
  if (current.certificate.approved() && settings_.https_enforced.value_or(false) &&
      !current.https_enforced) {
    RAXOL_TRY(client->update_site({{"https_enforced", true}}));
    current.https_enforced = true;
    context_.ui.info(target_ + ": HTTPS enforced for " + domain);
  }
  return describe(current, domain);
}

Result<std::vector<CertificateInfo>> PagesDomain::list_certificates() {
  RAXOL_ASSIGN_OR_RETURN(PagesClient * client, usable());
  RAXOL_ASSIGN_OR_RETURN(auto current, client->get_site());
  std::vector<CertificateInfo> list;
  if (current && !current->cname.empty()) list.push_back(describe(*current, current->cname));
  return list;
}

Status PagesDomain::remove_certificate(const std::string& hostname) {
  RAXOL_ASSIGN_OR_RETURN(std::string domain, parse_custom_domain(hostname));
  RAXOL_TRY(check_setting_allows(domain, true));
  RAXOL_ASSIGN_OR_RETURN(PagesClient * client, usable());
  RAXOL_ASSIGN_OR_RETURN(PagesSite current, site_with(*client, domain));
  if (current.build_type != "workflow") {
    context_.ui.step("Removing CNAME from " + settings_.branch);
    RAXOL_TRY(commit_cname_("", "remove custom domain " + domain));
  }
  return client->update_site({{"cname", nullptr}});
}

}  // namespace raxol::github_pages
