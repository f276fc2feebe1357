#include "targets/fly/api/app_resources_client.h"

namespace raxol::fly {

namespace {
std::string certificate_path(const std::string& app, const std::string& host) {
  return app_path(app) + "/certificates/" + url_encode(host);
}
}  // namespace

Result<FlyAnswer> AppResourcesClient::send(FlyCall call) {
  call.base = transport_.machines_base();
  return transport_.send(call);
}

Result<std::vector<FlySecret>> AppResourcesClient::list_secrets(const std::string& app) {
  FlyCall call;
  call.path = app_path(app) + "/secrets";
  call.what = "list secrets of " + app;
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  std::vector<FlySecret> secrets;
  if (answer.body.is_object() && answer.body.contains("secrets") &&
      answer.body["secrets"].is_array())
    for (const auto& item : answer.body["secrets"])
      secrets.push_back({item.value("name", std::string()), item.value("digest", std::string()),
                         item.value("created_at", std::string()),
                         item.value("updated_at", std::string())});
  return secrets;
}

Result<int64_t> AppResourcesClient::update_secrets(const std::string& app,
                                                   const nlohmann::json& values) {
  FlyCall call;
  call.method = "POST";
  call.path = app_path(app) + "/secrets";
  call.what = "update secrets of " + app;
  call.body = {{"values", values}};
  // Setting the same values again has the same effect.
  call.retry_safe = true;
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  if (!answer.body.is_object() || !answer.body.contains("version") ||
      !answer.body["version"].is_number_integer())
    return make_error(ErrorKind::api, "update secrets of " + app + ": the answer has no version");
  return answer.body["version"].get<int64_t>();
}

Result<nlohmann::json> AppResourcesClient::add_acme_certificate(const std::string& app,
                                                                const std::string& host) {
  FlyCall call;
  call.method = "POST";
  call.path = app_path(app) + "/certificates/acme";
  call.what = "add certificate " + host + " to " + app;
  call.body = {{"hostname", host}};
  call.retry_safe = true;  // adding an existing hostname answers with what is there
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  return answer.body;
}

Result<nlohmann::json> AppResourcesClient::get_certificate(const std::string& app,
                                                           const std::string& host) {
  FlyCall call;
  call.path = certificate_path(app, host);
  call.what = "get certificate " + host + " of " + app;
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  return answer.body;
}

Result<nlohmann::json> AppResourcesClient::check_certificate(const std::string& app,
                                                             const std::string& host) {
  FlyCall call;
  call.method = "POST";
  call.path = certificate_path(app, host) + "/check";
  call.what = "check certificate " + host + " of " + app;
  call.retry_safe = true;
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  return answer.body;
}

Result<std::vector<nlohmann::json>> AppResourcesClient::list_certificates(const std::string& app) {
  FlyCall call;
  call.path = app_path(app) + "/certificates?limit=50";
  call.what = "list certificates of " + app;
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  std::vector<nlohmann::json> certificates;
  if (answer.body.is_object() && answer.body.contains("certificates") &&
      answer.body["certificates"].is_array())
    for (const auto& item : answer.body["certificates"]) certificates.push_back(item);
  return certificates;
}

Status AppResourcesClient::delete_certificate(const std::string& app, const std::string& host) {
  FlyCall call;
  call.method = "DELETE";
  call.path = certificate_path(app, host);
  call.what = "remove certificate " + host + " from " + app;
  RAXOL_TRY(send(call));
  return {};
}

}  // namespace raxol::fly
