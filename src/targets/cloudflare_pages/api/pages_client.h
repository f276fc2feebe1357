// The Cloudflare Pages API: the only code (with pages_transport) that knows its paths and JSON.
// Every call is one method; see protocol notes §2 and §10 for the endpoints.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "targets/cloudflare_pages/api/pages_transport.h"
#include "targets/cloudflare_pages/api/pages_types.h"
#include "targets/cloudflare_pages/api/upload_jwt.h"

namespace raxol::cloudflare_pages {

// The text fields of a create-deployment form; empty ones are left out.
struct DeploymentForm {
  std::string manifest;  // JSON object "/path" -> hash
  std::string branch;
  std::string commit_message;
  std::string commit_hash;
  std::optional<bool> commit_dirty;
  std::optional<std::string> headers;    // _headers file part
  std::optional<std::string> redirects;  // _redirects file part
};

class PagesClient {
 public:
  explicit PagesClient(PagesTransport& transport) : transport_(transport) {}

  // The account: the configured id, else the only account the token sees (GET /accounts).
  Result<std::string> account_id();

  // nullopt when the project does not exist (code 8000007).
  Result<std::optional<Project>> get_project(const std::string& name);
  Result<Project> create_project(const std::string& name, const std::string& production_branch);
  Result<UploadJwt> upload_token(const std::string& project);
  // PATCH the project with a partial Project (`what` names the change in errors; the body may
  // hold secret values, so it never appears in one).
  Result<Project> patch_project(const std::string& name, const nlohmann::json& body,
                                const std::string& what);

  // Asset calls (upload JWT). check-missing and upsert-hashes change nothing that a repeat
  // would change differently: they are marked safe to retry, as uploads are (content-addressed).
  Result<std::vector<std::string>> check_missing(const std::string& jwt,
                                                 const std::vector<std::string>& hashes);
  PagesCall upload_call(const std::string& jwt, std::string body, size_t files) const;
  Status upsert_hashes(const std::string& jwt, const std::vector<std::string>& hashes);

  // POST .../deployments: the raw answer (the caller decides on retries by the envelope code).
  Result<PagesAnswer> create_deployment(const std::string& project, const DeploymentForm& form);
  PagesCall create_deployment_call(const std::string& project, const DeploymentForm& form);
  // Newest first; `environment` "production", "preview" or "" for both.
  Result<std::vector<Deployment>> list_deployments(const std::string& project,
                                                   const std::string& environment,
                                                   int per_page = 25);
  Result<Deployment> get_deployment(const std::string& project, const std::string& id);
  Result<Deployment> rollback(const std::string& project, const std::string& id);
  // A new deployment of the same files as `id` (it reads the project's current settings).
  Result<Deployment> retry_deployment(const std::string& project, const std::string& id);
  // The last lines of a deployment's build log (for failures).
  Result<std::vector<std::string>> deployment_logs(const std::string& project,
                                                   const std::string& id);

  PagesTransport& transport() { return transport_; }
  // "/accounts/<a>/pages/projects/<project>" (finds the account first when needed).
  Result<std::string> project_path(const std::string& project);

 private:
  Result<std::string> projects_path();

  PagesTransport& transport_;
  std::string account_;
};

}  // namespace raxol::cloudflare_pages
