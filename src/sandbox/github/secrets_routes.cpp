// Actions repository secrets under /api/v3/repos/{o}/{r}/actions/secrets, with GitHub's paths,
// fields and codes: public-key (200), list (per_page/page), get (200/404), PUT (201 created,
// 204 updated, 422 for a bad name, a stale key_id or a value that does not open), DELETE
// (204/404). 401 without a known token, 403 for tokens_without_secrets, 404 for a repository
// that does not exist. Plus one sandbox-only admin route that lets a test read what is stored
// (the sealed value and the repository's private key) and open it itself.
#include <algorithm>

#include "sandbox/github/routes.h"

namespace raxol::sandbox::github {

namespace {

const std::string kRepoPath = R"(/repos/([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+))";
const std::string kSecrets = "/api/v3" + kRepoPath + "/actions/secrets";
const std::string kDocs = "https://docs.github.com/rest/actions/secrets";

struct SecretsCall {
  const httplib::Request& request;
  httplib::Response& response;
  GitHubContext& context;
  std::string slug() const { return request.matches[1].str() + "/" + request.matches[2].str(); }
  std::string name() const { return request.matches[3].str(); }
  void error(int status, const std::string& message) {
    write_json(response, status, {{"message", message}, {"documentation_url", kDocs}});
  }
};

using Handler = std::function<void(SecretsCall&)>;

// Authenticates, checks the token may use secrets and that the repository exists.
httplib::Server::Handler wrap(GitHubContext& context, Handler handler) {
  return [&context, handler = std::move(handler)](const httplib::Request& request,
                                                  httplib::Response& response) {
    GitHubSettings settings = read_github_settings(*context.settings);
    auto token = rest_token_or_401(request, response, settings);
    if (!token) return;
    SecretsCall call{request, response, context};
    if (settings.tokens_without_secrets.count(*token) != 0)
      return call.error(403, "Resource not accessible by personal access token");
    const auto repo = context.git.repo_path(request.matches[1].str(), request.matches[2].str());
    if (!std::filesystem::exists(repo / "HEAD")) return call.error(404, "Not Found");
    handler(call);
  };
}

void public_key(SecretsCall& call) {
  RepositoryKey key = call.context.secrets.key(call.slug());
  write_json(call.response, 200, {{"key_id", key.key_id}, {"key", key.public_key}});
}

void list_secrets(SecretsCall& call) {
  auto pagination = read_pagination(call.request);
  if (!pagination) return call.error(400, "Invalid pagination");
  const int per_page = pagination->per_page, page = pagination->page;
  auto secrets = call.context.secrets.list(call.slug());
  json list = json::array();
  const size_t skip = static_cast<size_t>(page - 1) * static_cast<size_t>(per_page);
  for (size_t i = skip; i < secrets.size() && list.size() < static_cast<size_t>(per_page); ++i)
    list.push_back(secret_json(secrets[i]));
  write_json(call.response, 200, {{"total_count", secrets.size()}, {"secrets", list}});
}

void get_secret(SecretsCall& call) {
  auto secret = call.context.secrets.get(call.slug(), call.name());
  if (!secret) return call.error(404, "Not Found");
  write_json(call.response, 200, secret_json(*secret));
}

void put_secret(SecretsCall& call) {
  json body = json::parse(call.request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) return call.error(400, "Problems parsing JSON");
  if (!valid_actions_secret_name(call.name()))
    return call.error(422,
                      "Invalid request.\n\nSecret names can only contain alphanumeric characters "
                      "([a-z], [A-Z], [0-9]) or underscores (_), must not start with a number "
                      "and must not start with the GITHUB_ prefix.");
  for (const char* field : {"encrypted_value", "key_id"})
    if (!body.contains(field) || !body[field].is_string())
      return call.error(422, std::string("Invalid request.\n\n\"") + field + "\" wasn't supplied.");
  switch (
      call.context.secrets.put(call.slug(), call.name(), body["encrypted_value"], body["key_id"])) {
    case PutSecret::created:
      return write_json(call.response, 201, json::object());
    case PutSecret::updated:
      call.response.status = 204;
      return;
    case PutSecret::wrong_key:
      return call.error(422, "Invalid request.\n\nkey_id is not the repository's current key.");
    case PutSecret::unreadable_value:
      return call.error(422,
                        "Invalid request.\n\nencrypted_value is not a value sealed with "
                        "the repository's public key.");
  }
}

void delete_secret(SecretsCall& call) {
  if (!call.context.secrets.remove(call.slug(), call.name())) return call.error(404, "Not Found");
  call.response.status = 204;
}

}  // namespace

void register_secrets_routes(httplib::Server& server, GitHubContext& context) {
  server.Get(kSecrets + "/public-key", wrap(context, public_key));
  server.Get(kSecrets, wrap(context, list_secrets));
  server.Get(kSecrets + "/([^/]+)", wrap(context, get_secret));
  server.Put(kSecrets + "/([^/]+)", wrap(context, put_secret));
  server.Delete(kSecrets + "/([^/]+)", wrap(context, delete_secret));

  // Sandbox only (no token, loopback): what the emulator stored, so that a test can open it.
  server.Get("/__sandbox/github" + kRepoPath + "/actions/secrets/([^/]+)",
             [&context](const httplib::Request& request, httplib::Response& response) {
               const std::string slug = request.matches[1].str() + "/" + request.matches[2].str();
               auto secret = context.secrets.get(slug, request.matches[3].str());
               if (!secret) return write_github_error(response, 404, "Not Found");
               RepositoryKey key = context.secrets.key(slug);
               write_json(response, 200,
                          {{"name", secret->name},
                           {"encrypted_value", secret->encrypted_value},
                           {"key_id", secret->key_id},
                           {"key", key.public_key},
                           {"private_key", key.private_key}});
             });
}

}  // namespace raxol::sandbox::github
