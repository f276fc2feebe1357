// GitHub Actions repository secrets over REST (docs.github.com/en/rest/actions/secrets): the
// only code that knows those paths and fields. Values travel sealed (secrets/seal.h); this
// client never sees a plaintext.
#pragma once

#include <string>
#include <vector>

#include "targets/github_pages/api/repo_api.h"

namespace raxol::github_pages {

struct RepositoryPublicKey {
  std::string key_id;
  std::string key;  // base64 Curve25519 public key
};

struct RepositorySecret {
  std::string name;
  std::string created_at;
  std::string updated_at;
};

class ActionsSecretsClient {
 public:
  ActionsSecretsClient(HttpClient& http, GitHubEndpoints endpoints, std::string owner,
                       std::string repo);

  // GET actions/secrets/public-key.
  Result<RepositoryPublicKey> public_key();
  // PUT actions/secrets/{name}; true when GitHub created it (201), false when updated (204).
  Result<bool> put_secret(const std::string& name, const std::string& encrypted_value,
                          const std::string& key_id);
  // Every secret (all pages), by name.
  Result<std::vector<RepositorySecret>> list_secrets();
  // DELETE actions/secrets/{name} (204); a 404 is a not_found error naming the secret.
  Status delete_secret(const std::string& name);

  std::string slug() const { return api_.slug(); }

 private:
  RepoApi api_;
};

}  // namespace raxol::github_pages
