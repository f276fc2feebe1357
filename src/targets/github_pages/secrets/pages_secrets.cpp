#include "targets/github_pages/secrets/pages_secrets.h"

#include <algorithm>
#include <set>

#include "util/names.h"
#include "targets/github_pages/secrets/seal.h"
#include "util/strings.h"

namespace raxol::github_pages {

namespace {

constexpr size_t kMaxValueBytes = 48 * 1024;  // GitHub's limit for one secret

}  // namespace

std::string github_secret_name_problem(const std::string& name) {
  if (!valid_secret_name(name))
    return "'" + name + "' is not a secret name (letters, digits and _, not starting with a digit)";
  if (upper(name).rfind("GITHUB_", 0) == 0)
    return "'" + name + "': GitHub reserves names starting with GITHUB_";
  return {};
}

PagesSecrets::PagesSecrets(Context& context, std::string target,
                           std::unique_ptr<ActionsSecretsClient> client,
                           std::optional<Error> unavailable)
    : context_(context),
      target_(std::move(target)),
      client_(std::move(client)),
      unavailable_(std::move(unavailable)) {}

Result<ActionsSecretsClient*> PagesSecrets::usable(const SecretsRequest& request) {
  if (request.stage)
    return make_error(ErrorKind::usage,
                      "--stage does not apply to github-pages: repository secrets are read by "
                      "each workflow run, so there is nothing to stage");
  if (!request.scope.empty())
    return make_error(ErrorKind::usage, "--env does not apply to github-pages: " + target_ +
                                            " has repository secrets only");
  if (!client_)
    return unavailable_.value_or(make_error(ErrorKind::internal, "no GitHub REST client"));
  return client_.get();
}

Result<std::vector<SecretInfo>> PagesSecrets::list_secrets(const std::string& scope) {
  SecretsRequest request;
  request.scope = scope;
  RAXOL_ASSIGN_OR_RETURN(ActionsSecretsClient * client, usable(request));
  RAXOL_ASSIGN_OR_RETURN(auto secrets, client->list_secrets());
  std::vector<SecretInfo> list;
  for (const auto& secret : secrets) {
    SecretInfo info;
    info.name = secret.name;
    info.scope = "repository";
    info.created_at = secret.created_at;
    info.updated_at = secret.updated_at;
    list.push_back(std::move(info));
  }
  return list;
}

Result<SecretsOutcome> PagesSecrets::set_secrets(const SecretsRequest& request) {
  RAXOL_ASSIGN_OR_RETURN(ActionsSecretsClient * client, usable(request));
  if (request.values.empty()) return make_error(ErrorKind::usage, "no secrets to set");
  // Every name and size is checked before anything is sent.
  for (const auto& [name, value] : request.values) {
    std::string problem = github_secret_name_problem(name);
    if (!problem.empty()) return make_error(ErrorKind::usage, problem);
    if (value.size() > kMaxValueBytes)
      return make_error(ErrorKind::usage, name + " is " + std::to_string(value.size()) +
                                              " bytes; GitHub accepts at most 48 KB per secret");
  }
  RAXOL_ASSIGN_OR_RETURN(RepositoryPublicKey key, client->public_key());
  SecretsOutcome outcome;
  outcome.applied = "stored";
  std::vector<std::string> created, updated;
  for (const auto& [name, value] : request.values) {
    RAXOL_ASSIGN_OR_RETURN(std::string sealed, seal_secret(value, key.key));
    auto put = client->put_secret(name, sealed, key.key_id);
    if (!put.ok()) {
      Error error = put.error();
      if (!outcome.names.empty()) error.notes.push_back("already set: " + join(outcome.names, ", "));
      return error;
    }
    (*put ? created : updated).push_back(name);
    outcome.names.push_back(name);
  }
  outcome.details = {{"repository", client->slug()}, {"created", created}, {"updated", updated}};
  return outcome;
}

Result<SecretsOutcome> PagesSecrets::unset_secrets(const SecretsRequest& request) {
  RAXOL_ASSIGN_OR_RETURN(ActionsSecretsClient * client, usable(request));
  // All names must exist (GitHub compares them without case) before any is removed.
  RAXOL_ASSIGN_OR_RETURN(auto existing, client->list_secrets());
  std::set<std::string> known;
  for (const auto& secret : existing) known.insert(upper(secret.name));
  std::vector<std::string> missing;
  for (const auto& name : request.names)
    if (known.count(upper(name)) == 0) missing.push_back(name);
  if (!missing.empty())
    return make_error(ErrorKind::not_found, "no secret " + join(missing, ", ") + " in " +
                                                client->slug() + "; nothing was removed");
  SecretsOutcome outcome;
  outcome.applied = "stored";
  for (const auto& name : request.names) {
    Status deleted = client->delete_secret(name);
    if (!deleted.ok()) {
      Error error = deleted.error();
      if (!outcome.names.empty())
        error.notes.push_back("already removed: " + join(outcome.names, ", "));
      return error;
    }
    outcome.names.push_back(name);
  }
  outcome.details = {{"repository", client->slug()}};
  return outcome;
}

Result<SecretsOutcome> PagesSecrets::deploy_secrets() {
  return make_error(ErrorKind::unsupported,
                    "secrets deploy does not apply to github-pages: workflows read repository "
                    "secrets when they run, so `secrets set` already applied them");
}

}  // namespace raxol::github_pages
