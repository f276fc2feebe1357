// Custom domains of a Fly app: ACME certificates through the Machines API (fly certs add |
// show | check | list | remove), with the DNS records the user has to set, worked out from the
// API's dns_requirements the way flyctl prints them.
#pragma once

#include <string>

#include "raxol/context.h"
#include "raxol/facets.h"
#include "targets/fly/api/app_resources_client.h"
#include "targets/fly/api/machines_client.h"

namespace raxol::fly {

class FlyCertificates : public CertificatesFacet {
 public:
  FlyCertificates(Context& context, MachinesClient& machines, AppResourcesClient& resources,
                  std::string app)
      : context_(context), machines_(machines), resources_(resources), app_(std::move(app)) {}

  Result<CertificateInfo> add_certificate(const std::string& hostname) override;
  Result<CertificateInfo> show_certificate(const std::string& hostname) override;
  Result<CertificateInfo> check_certificate(const std::string& hostname) override;
  Result<std::vector<CertificateInfo>> list_certificates() override;
  Status remove_certificate(const std::string& hostname) override;

 private:
  // A/AAAA records need addresses: an app without any gets a shared IPv4 and an IPv6, as
  // `fly certs add` advises and `fly deploy` does for a new app.
  Status ensure_ips();

  Context& context_;
  MachinesClient& machines_;
  AppResourcesClient& resources_;
  std::string app_;
};

// A CertificateDetail (add/show/check answer) as CertificateInfo with the DNS records to set.
CertificateInfo certificate_from_detail(const nlohmann::json& detail);

}  // namespace raxol::fly
