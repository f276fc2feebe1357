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
// A secret's name is capture 3 of the paths below.
std::string secret_name(const Call& call) { return call.path_param(3); }

void public_key(Call& call) {
  RepositoryKey key = call.context.secrets.key(call.slug());
  call.reply(200, {{"key_id", key.key_id}, {"key", key.public_key}});
}

void list_secrets(Call& call) {
  auto pagination = read_pagination(call);
  if (!pagination) return call.error(400, "Invalid pagination");
  const int per_page = pagination->per_page, page = pagination->page;
  auto secrets = call.context.secrets.list(call.slug());
  json list = json::array();
  const size_t skip = static_cast<size_t>(page - 1) * static_cast<size_t>(per_page);
  for (size_t i = skip; i < secrets.size() && list.size() < static_cast<size_t>(per_page); ++i)
    list.push_back(secret_json(secrets[i]));
  call.reply(200, {{"total_count", secrets.size()}, {"secrets", list}});
}

void get_secret(Call& call) {
  auto secret = call.context.secrets.get(call.slug(), secret_name(call));
  if (!secret) return call.error(404, "Not Found");
  call.reply(200, secret_json(*secret));
}

void put_actions_secret(Call& call) {
  // Unlike the Pages routes, an empty body is not read as {} here: it is not JSON to GitHub.
  if (call.request.body.find_first_not_of(" \t\r\n") == std::string::npos)
    return call.error(400, call.envelope.bad_body_message());
  auto parsed = call.json_body();
  if (!parsed) return;
  const json& body = *parsed;
  if (!valid_actions_secret_name(secret_name(call)))
    return call.error(422,
                      "Invalid request.\n\nSecret names can only contain alphanumeric characters "
                      "([a-z], [A-Z], [0-9]) or underscores (_), must not start with a number "
                      "and must not start with the GITHUB_ prefix.");
  for (const char* field : {"encrypted_value", "key_id"})
    if (!body.contains(field) || !body[field].is_string())
      return call.error(422, std::string("Invalid request.\n\n\"") + field + "\" wasn't supplied.");
  switch (call.context.secrets.put(call.slug(), secret_name(call), body["encrypted_value"],
                                   body["key_id"], call.now)) {
    case PutSecret::created:
      return call.reply(201, json::object());
    case PutSecret::updated:
      return call.no_content();
    case PutSecret::wrong_key:
      return call.error(422, "Invalid request.\n\nkey_id is not the repository's current key.");
    case PutSecret::unreadable_value:
      return call.error(422,
                        "Invalid request.\n\nencrypted_value is not a value sealed with "
                        "the repository's public key.");
  }
}

void delete_secret(Call& call) {
  if (!call.context.secrets.remove(call.slug(), secret_name(call)))
    return call.error(404, "Not Found");
  call.no_content();
}

}  // namespace

void register_secrets_routes(Router& secrets, Router& open) {
  secrets.get(kSecrets + "/public-key", public_key);
  secrets.get(kSecrets, list_secrets);
  secrets.get(kSecrets + "/([^/]+)", get_secret);
  secrets.put(kSecrets + "/([^/]+)", put_actions_secret);
  secrets.del(kSecrets + "/([^/]+)", delete_secret);

  // Sandbox only (no token, loopback): what the emulator stored, so that a test can open it.
  open.get("/__sandbox/github" + kRepoPath + "/actions/secrets/([^/]+)", [](Call& call) {
    auto secret = call.context.secrets.get(call.slug(), secret_name(call));
    if (!secret) return call.error(404, "Not Found");
    RepositoryKey key = call.context.secrets.key(call.slug());
    call.reply(200, {{"name", secret->name},
                     {"encrypted_value", secret->encrypted_value},
                     {"key_id", secret->key_id},
                     {"key", key.public_key},
                     {"private_key", key.private_key}});
  });
}

}  // namespace raxol::sandbox::github
