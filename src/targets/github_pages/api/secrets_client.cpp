#include "targets/github_pages/api/secrets_client.h"

#include "util/json_fields.h"

namespace raxol::github_pages {

namespace {
constexpr const char* kSecretsPermission =
    "the token needs the `secrets: write` repository permission (fine-grained) or the classic "
    "`repo` scope";
constexpr int kPerPage = 100;  // GitHub's maximum
}  // namespace

ActionsSecretsClient::ActionsSecretsClient(HttpClient& http, GitHubEndpoints endpoints,
                                           std::string owner, std::string repo)
    : api_(http, std::move(endpoints), std::move(owner), std::move(repo)) {}

Result<RepositoryPublicKey> ActionsSecretsClient::public_key() {
  RAXOL_ASSIGN_OR_RETURN(
      HttpResponse response,
      api_.call("GET", "/actions/secrets/public-key", nullptr,
                "read the repository's public key for secrets", {}, kSecretsPermission));
  auto parsed = nlohmann::json::parse(response.body, nullptr, false);
  RepositoryPublicKey key{string_field(parsed, "key_id"), string_field(parsed, "key")};
  if (key.key_id.empty() || key.key.empty())
    return make_error(ErrorKind::api, "read the repository's public key for secrets (" +
                                          api_.slug() + "): the answer has no key_id and key");
  return key;
}

Result<bool> ActionsSecretsClient::put_secret(const std::string& name,
                                              const std::string& encrypted_value,
                                              const std::string& key_id) {
  nlohmann::json body = {{"encrypted_value", encrypted_value}, {"key_id", key_id}};
  RAXOL_ASSIGN_OR_RETURN(HttpResponse response,
                         api_.call("PUT", "/actions/secrets/" + name, body, "set secret " + name,
                                   {}, kSecretsPermission));
  return response.status == 201;
}

Result<std::vector<RepositorySecret>> ActionsSecretsClient::list_secrets() {
  std::vector<RepositorySecret> secrets;
  for (int page = 1;; ++page) {
    RAXOL_ASSIGN_OR_RETURN(HttpResponse response,
                           api_.call("GET",
                                     "/actions/secrets?per_page=" + std::to_string(kPerPage) +
                                         "&page=" + std::to_string(page),
                                     nullptr, "list secrets", {}, kSecretsPermission));
    auto parsed = nlohmann::json::parse(response.body, nullptr, false);
    if (!parsed.is_object() || !parsed.contains("secrets") || !parsed["secrets"].is_array())
      return make_error(ErrorKind::api,
                        "list secrets (" + api_.slug() + "): the answer has no \"secrets\" list");
    for (const auto& item : parsed["secrets"])
      secrets.push_back({string_field(item, "name"), string_field(item, "created_at"),
                         string_field(item, "updated_at")});
    size_t total = parsed.value("total_count", secrets.size());
    if (parsed["secrets"].size() < static_cast<size_t>(kPerPage) || secrets.size() >= total)
      return secrets;
  }
}

Status ActionsSecretsClient::delete_secret(const std::string& name) {
  auto deleted = api_.call("DELETE", "/actions/secrets/" + name, nullptr, "remove secret " + name,
                           {}, kSecretsPermission);
  if (!deleted.ok()) {
    Error error = deleted.error();
    if (error.http_status == 404)
      error.message = "no secret " + name + " in " + api_.slug() + " (HTTP 404)";
    return error;
  }
  return {};
}

}  // namespace raxol::github_pages
