// Actions repository secrets of the GitHub emulator, in STATE/github-secrets.json. As GitHub,
// it keeps one Curve25519 key pair per repository (made on first use with crypto_box_keypair)
// and stores only the sealed value a client sent: never a plaintext. A value is accepted only
// when it was sealed to the repository's current key (crypto_box_seal_open succeeds).
//
// Layout: {"repos": {"<owner>/<repo>": {key_id, public_key, private_key (base64),
//            secrets: {"<NAME>": {encrypted_value, key_id, created_ms, updated_ms}}}}}
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/state_file.h"

namespace raxol::sandbox::github {

// GitHub's rule: letters, digits and _, not starting with a digit nor with GITHUB_ (any case).
bool valid_actions_secret_name(const std::string& name);

struct RepositoryKey {
  std::string key_id;
  std::string public_key;   // base64 (the "key" field)
  std::string private_key;  // base64; sandbox-only, for tests that open stored values
};

struct StoredSecret {
  std::string name;
  std::string encrypted_value;  // base64, exactly as the client sent it
  std::string key_id;
  std::int64_t created_ms = 0;
  std::int64_t updated_ms = 0;
};

enum class PutSecret { created, updated, wrong_key, unreadable_value };

class ActionsSecrets {
 public:
  explicit ActionsSecrets(std::filesystem::path file);

  // The repository's key pair, made (and saved) on first use.
  RepositoryKey key(const std::string& slug);
  // Stores `encrypted_value` under `name` (upper-cased: names are case-insensitive) when
  // `key_id` is the current key and the value opens with it; `now` (epoch ms) dates it.
  PutSecret put(const std::string& slug, const std::string& name,
                const std::string& encrypted_value, const std::string& key_id, std::int64_t now);
  std::vector<StoredSecret> list(const std::string& slug);  // by name
  std::optional<StoredSecret> get(const std::string& slug, const std::string& name);
  bool remove(const std::string& slug, const std::string& name);

 private:
  StateFile file_;
};

// {"name", "created_at", "updated_at"}: what GitHub shows of a secret.
nlohmann::json secret_json(const StoredSecret& secret);

}  // namespace raxol::sandbox::github
