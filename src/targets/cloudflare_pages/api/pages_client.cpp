#include "targets/cloudflare_pages/api/pages_client.h"

namespace raxol::cloudflare_pages {

namespace {
nlohmann::json hashes_body(const std::vector<std::string>& hashes) { return {{"hashes", hashes}}; }
}  // namespace

Result<std::string> PagesClient::account_id() {
  if (!account_.empty()) return account_;
  if (!transport_.endpoints().account_id.empty()) {
    account_ = transport_.endpoints().account_id;
    return account_;
  }
  RAXOL_ASSIGN_OR_RETURN(auto accounts,
                         transport_.send({"GET", "/accounts?page=1&per_page=20", "list accounts"}));
  if (accounts.is_array() && accounts.size() == 1 && accounts[0].is_object()) {
    account_ = accounts[0].value("id", "");
    if (!account_.empty()) return account_;
  }
  Error error = make_error(ErrorKind::config,
                           "no Cloudflare account id: set CLOUDFLARE_ACCOUNT_ID or the target's "
                           "`account_id`");
  if (accounts.is_array() && accounts.size() > 1)
    error.notes.push_back("the token can see " + std::to_string(accounts.size()) + " accounts");
  return error;
}

Result<std::string> PagesClient::projects_path() {
  RAXOL_ASSIGN_OR_RETURN(std::string account, account_id());
  return "/accounts/" + url_encode(account) + "/pages/projects";
}

Result<std::string> PagesClient::project_path(const std::string& project) {
  RAXOL_ASSIGN_OR_RETURN(std::string base, projects_path());
  return base + "/" + url_encode(project);
}

Result<Project> PagesClient::patch_project(const std::string& name, const nlohmann::json& body,
                                           const std::string& what) {
  RAXOL_ASSIGN_OR_RETURN(std::string path, project_path(name));
  PagesCall call{"PATCH", path, what};
  call.body = body.dump();
  RAXOL_ASSIGN_OR_RETURN(auto result, transport_.send(call));
  return project_from_json(result);
}

Result<std::optional<Project>> PagesClient::get_project(const std::string& name) {
  RAXOL_ASSIGN_OR_RETURN(std::string base, projects_path());
  PagesCall call{"GET", base + "/" + url_encode(name), "get project " + name};
  auto response = transport_.http().send(transport_.request_for(call));
  RAXOL_ASSIGN_OR_RETURN(PagesAnswer answer, transport_.judge(call, response));
  if (answer.code == kCodeProjectNotFound) return std::optional<Project>();
  if (!answer.ok()) return transport_.error_for(call, answer);
  return std::optional<Project>(project_from_json(answer.result()));
}

Result<Project> PagesClient::create_project(const std::string& name,
                                            const std::string& production_branch) {
  RAXOL_ASSIGN_OR_RETURN(std::string base, projects_path());
  PagesCall call{"POST", base, "create project " + name};
  call.body = nlohmann::json{{"name", name}, {"production_branch", production_branch}}.dump();
  RAXOL_ASSIGN_OR_RETURN(auto result, transport_.send(call));
  return project_from_json(result);
}

Result<UploadJwt> PagesClient::upload_token(const std::string& project) {
  RAXOL_ASSIGN_OR_RETURN(std::string base, projects_path());
  RAXOL_ASSIGN_OR_RETURN(auto result,
                         transport_.send({"GET", base + "/" + url_encode(project) + "/upload-token",
                                          "get an upload token for " + project}));
  std::string jwt = result.is_object() ? result.value("jwt", "") : "";
  if (jwt.empty())
    return make_error(ErrorKind::api,
                      "Cloudflare API: upload token for " + project + ": the answer holds no jwt");
  return decode_upload_jwt(std::move(jwt));
}

Result<std::vector<std::string>> PagesClient::check_missing(
    const std::string& jwt, const std::vector<std::string>& hashes) {
  PagesCall call{"POST", "/pages/assets/check-missing", "check which assets are missing"};
  call.jwt = jwt;
  call.body = hashes_body(hashes).dump();
  call.retry_safe = true;  // asks a question; changes nothing on the service
  RAXOL_ASSIGN_OR_RETURN(auto result, transport_.send(call));
  std::vector<std::string> missing;
  if (result.is_array())
    for (const auto& hash : result)
      if (hash.is_string()) missing.push_back(hash.get<std::string>());
  return missing;
}

PagesCall PagesClient::upload_call(const std::string& jwt, std::string body, size_t files) const {
  PagesCall call{"POST", "/pages/assets/upload", "upload " + std::to_string(files) + " assets"};
  call.jwt = jwt;
  call.body = std::move(body);
  call.retry_safe = true;  // content-addressed: a repeat stores the same bytes under the same key
  call.timeout = std::chrono::minutes(5);
  return call;
}

Status PagesClient::upsert_hashes(const std::string& jwt, const std::vector<std::string>& hashes) {
  PagesCall call{"POST", "/pages/assets/upsert-hashes", "refresh the asset hashes"};
  call.jwt = jwt;
  call.body = hashes_body(hashes).dump();
  call.retry_safe = true;
  RAXOL_TRY(transport_.send(call));
  return {};
}

PagesCall PagesClient::create_deployment_call(const std::string& project,
                                              const DeploymentForm& form) {
  PagesCall call{"POST", "", "create a deployment of " + project};
  auto base = projects_path();
  call.path = (base.ok() ? *base : std::string()) + "/" + url_encode(project) + "/deployments";
  call.timeout = std::chrono::minutes(2);
  auto text = [&](const char* name, const std::string& value) {
    if (!value.empty()) call.multipart.push_back({name, value, "", ""});
  };
  call.multipart.push_back({"manifest", form.manifest, "", ""});
  text("branch", form.branch);
  text("commit_message", form.commit_message);
  text("commit_hash", form.commit_hash);
  if (form.commit_dirty) text("commit_dirty", *form.commit_dirty ? "true" : "false");
  if (form.headers)
    call.multipart.push_back({"_headers", *form.headers, "_headers", "application/octet-stream"});
  if (form.redirects)
    call.multipart.push_back(
        {"_redirects", *form.redirects, "_redirects", "application/octet-stream"});
  return call;
}

Result<PagesAnswer> PagesClient::create_deployment(const std::string& project,
                                                   const DeploymentForm& form) {
  RAXOL_TRY(projects_path());
  PagesCall call = create_deployment_call(project, form);
  auto response = transport_.http().send(transport_.request_for(call));
  return transport_.judge(call, response);
}

Result<std::vector<Deployment>> PagesClient::list_deployments(const std::string& project,
                                                              const std::string& environment,
                                                              int per_page) {
  RAXOL_ASSIGN_OR_RETURN(std::string base, projects_path());
  std::string path = base + "/" + url_encode(project) +
                     "/deployments?per_page=" + std::to_string(per_page) + "&page=1";
  if (!environment.empty()) path += "&env=" + environment;
  RAXOL_ASSIGN_OR_RETURN(auto result,
                         transport_.send({"GET", path, "list deployments of " + project}));
  std::vector<Deployment> deployments;
  if (result.is_array())
    for (const auto& item : result) deployments.push_back(deployment_from_json(item));
  return deployments;
}

Result<Deployment> PagesClient::get_deployment(const std::string& project, const std::string& id) {
  RAXOL_ASSIGN_OR_RETURN(std::string base, projects_path());
  RAXOL_ASSIGN_OR_RETURN(
      auto result,
      transport_.send({"GET", base + "/" + url_encode(project) + "/deployments/" + url_encode(id),
                       "get deployment " + id}));
  return deployment_from_json(result);
}

Result<Deployment> PagesClient::rollback(const std::string& project, const std::string& id) {
  RAXOL_ASSIGN_OR_RETURN(std::string base, projects_path());
  PagesCall call{"POST",
                 base + "/" + url_encode(project) + "/deployments/" + url_encode(id) + "/rollback",
                 "roll back " + project + " to deployment " + id};
  RAXOL_ASSIGN_OR_RETURN(auto result, transport_.send(call));
  return deployment_from_json(result);
}

Result<Deployment> PagesClient::retry_deployment(const std::string& project,
                                                 const std::string& id) {
  RAXOL_ASSIGN_OR_RETURN(std::string path, project_path(project));
  PagesCall call{"POST", path + "/deployments/" + url_encode(id) + "/retry",
                 "redeploy deployment " + id + " of " + project};
  call.timeout = std::chrono::minutes(2);
  RAXOL_ASSIGN_OR_RETURN(auto result, transport_.send(call));
  return deployment_from_json(result);
}

Result<std::vector<std::string>> PagesClient::deployment_logs(const std::string& project,
                                                              const std::string& id) {
  RAXOL_ASSIGN_OR_RETURN(std::string base, projects_path());
  RAXOL_ASSIGN_OR_RETURN(auto result,
                         transport_.send({"GET",
                                          base + "/" + url_encode(project) + "/deployments/" +
                                              url_encode(id) + "/history/logs?size=10000000",
                                          "read the log of deployment " + id}));
  std::vector<std::string> lines;
  if (result.is_object() && result.contains("data") && result["data"].is_array())
    for (const auto& line : result["data"])
      if (line.is_object()) lines.push_back(line.value("line", ""));
  return lines;
}

}  // namespace raxol::cloudflare_pages
