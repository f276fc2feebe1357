#include "targets/cloudflare_pages/api/domains_client.h"

#include "util/json_fields.h"

namespace raxol::cloudflare_pages {

PagesDomain domain_from_json(const nlohmann::json& json) {
  PagesDomain domain;
  domain.id = string_field(json, "id");
  domain.name = string_field(json, "name");
  domain.status = string_field(json, "status");
  domain.zone_tag = string_field(json, "zone_tag");
  domain.certificate_authority = string_field(json, "certificate_authority");
  domain.created_on = string_field(json, "created_on");
  const auto verification = json.is_object() ? json.value("verification_data", nlohmann::json())
                                             : nlohmann::json();
  const auto validation = json.is_object() ? json.value("validation_data", nlohmann::json())
                                           : nlohmann::json();
  domain.verification_status = string_field(verification, "status");
  domain.validation_status = string_field(validation, "status");
  domain.validation_method = string_field(validation, "method");
  domain.txt_name = string_field(validation, "txt_name");
  domain.txt_value = string_field(validation, "txt_value");
  domain.error_message = string_field(validation, "error_message");
  if (domain.error_message.empty()) domain.error_message = string_field(verification, "error_message");
  return domain;
}

Result<nlohmann::json> DomainsClient::send(const std::string& method, const std::string& project,
                                           const std::string& suffix, const std::string& what,
                                           const std::string& body) {
  RAXOL_ASSIGN_OR_RETURN(std::string path, client_.project_path(project));
  PagesCall call{method, path + "/domains" + suffix, what};
  call.body = body;
  return client_.transport().send(call);
}

Result<std::vector<PagesDomain>> DomainsClient::list(const std::string& project) {
  RAXOL_ASSIGN_OR_RETURN(auto result,
                         send("GET", project, "", "list the custom domains of " + project));
  std::vector<PagesDomain> domains;
  if (result.is_array())
    for (const auto& item : result) domains.push_back(domain_from_json(item));
  return domains;
}

Result<PagesDomain> DomainsClient::add(const std::string& project, const std::string& name) {
  RAXOL_ASSIGN_OR_RETURN(auto result, send("POST", project, "", "add " + name + " to " + project,
                                           nlohmann::json{{"name", name}}.dump()));
  return domain_from_json(result);
}

Result<PagesDomain> DomainsClient::get(const std::string& project, const std::string& name) {
  RAXOL_ASSIGN_OR_RETURN(auto result, send("GET", project, "/" + url_encode(name),
                                           "get domain " + name + " of " + project));
  return domain_from_json(result);
}

Result<PagesDomain> DomainsClient::retry_validation(const std::string& project,
                                                    const std::string& name) {
  RAXOL_ASSIGN_OR_RETURN(auto result, send("PATCH", project, "/" + url_encode(name),
                                           "retry the validation of " + name));
  return domain_from_json(result);
}

Status DomainsClient::remove(const std::string& project, const std::string& name) {
  RAXOL_TRY(send("DELETE", project, "/" + url_encode(name), "remove " + name + " from " + project));
  return {};
}

}  // namespace raxol::cloudflare_pages
