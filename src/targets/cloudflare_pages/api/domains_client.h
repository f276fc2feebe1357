// The custom domains of a Pages project (/accounts/{a}/pages/projects/{p}/domains): the only
// code that knows their paths and the domain object (protocol notes §10).
#pragma once

#include <string>
#include <vector>

#include "targets/cloudflare_pages/api/pages_client.h"

namespace raxol::cloudflare_pages {

struct PagesDomain {
  std::string id;
  std::string name;
  std::string status;  // initializing | pending | active | deactivated | blocked | error
  std::string verification_status;
  std::string validation_status;
  std::string validation_method;  // http | txt
  std::string txt_name;           // the TXT record validation asks for (method txt)
  std::string txt_value;
  std::string error_message;      // validation's, else verification's
  std::string zone_tag;           // set when the domain is in a Cloudflare zone of the account
  std::string certificate_authority;
  std::string created_on;
};

PagesDomain domain_from_json(const nlohmann::json& json);

class DomainsClient {
 public:
  explicit DomainsClient(PagesClient& client) : client_(client) {}

  Result<std::vector<PagesDomain>> list(const std::string& project);
  Result<PagesDomain> add(const std::string& project, const std::string& name);
  Result<PagesDomain> get(const std::string& project, const std::string& name);
  // PATCH: asks the service to retry the domain's validation.
  Result<PagesDomain> retry_validation(const std::string& project, const std::string& name);
  Status remove(const std::string& project, const std::string& name);

 private:
  Result<nlohmann::json> send(const std::string& method, const std::string& project,
                              const std::string& suffix, const std::string& what,
                              const std::string& body = "");
  PagesClient& client_;
};

}  // namespace raxol::cloudflare_pages
