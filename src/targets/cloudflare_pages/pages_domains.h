// Pages custom domains as the target's CertificatesFacet: a domain is attached with
// POST …/domains, Cloudflare validates it and issues the certificate (Google or Let's Encrypt)
// itself, and the domain is "issued" once its status is active. The DNS records to set: a CNAME
// to the project's pages.dev subdomain when the domain is outside the account's Cloudflare
// zones (inside one, Pages creates it), plus the TXT record validation asks for, if any.
#pragma once

#include <string>

#include "raxol/facets.h"
#include "targets/cloudflare_pages/api/domains_client.h"

namespace raxol::cloudflare_pages {

// `subdomain` is the project's "<name>.pages.dev", the CNAME target.
CertificateInfo certificate_from_domain(const PagesDomain& domain, const std::string& subdomain);

class PagesCertificates : public CertificatesFacet {
 public:
  PagesCertificates(PagesClient& client, std::string project)
      : client_(client), domains_(client), project_(std::move(project)) {}

  Result<CertificateInfo> add_certificate(const std::string& hostname) override;
  Result<CertificateInfo> show_certificate(const std::string& hostname) override;
  // PATCH (retry validation), then GET: the state after the service looked again.
  Result<CertificateInfo> check_certificate(const std::string& hostname) override;
  Result<std::vector<CertificateInfo>> list_certificates() override;
  Status remove_certificate(const std::string& hostname) override;

 private:
  // The project's pages.dev subdomain (read once; the project must exist).
  Result<std::string> subdomain();

  PagesClient& client_;
  DomainsClient domains_;
  std::string project_;
  std::string subdomain_;
};

}  // namespace raxol::cloudflare_pages
