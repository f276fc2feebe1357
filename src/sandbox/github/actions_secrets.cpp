#include "sandbox/github/actions_secrets.h"

#include <sodium.h>

#include <algorithm>

#include "util/base64.h"
#include "util/ids.h"
#include "util/sodium.h"
#include "util/strings.h"
#include "util/time_format.h"

namespace raxol::sandbox::github {

using nlohmann::json;

namespace {

std::string to_base64(const unsigned char* data, size_t size) {
  return base64_encode(std::string_view(reinterpret_cast<const char*>(data), size));
}

// GitHub's key ids are long decimal numbers ("568250167242549743").
std::string new_key_id() {
  std::string id = std::to_string(1 + random_below(9));
  for (int i = 0; i < 17; ++i) id += std::to_string(random_below(10));
  return id;
}

json& repo_entry(json& document, const std::string& slug) {
  auto& repo = document["repos"][slug];
  if (!repo.contains("key_id")) {
    unsigned char public_key[crypto_box_PUBLICKEYBYTES];
    unsigned char private_key[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(public_key, private_key);
    repo["key_id"] = new_key_id();
    repo["public_key"] = to_base64(public_key, sizeof public_key);
    repo["private_key"] = to_base64(private_key, sizeof private_key);
    sodium_memzero(private_key, sizeof private_key);
  }
  if (!repo.contains("secrets")) repo["secrets"] = json::object();
  return repo;
}

StoredSecret from_json(const std::string& name, const json& entry) {
  return {name, entry.value("encrypted_value", ""), entry.value("key_id", ""),
          entry.value("created_ms", std::int64_t{0}), entry.value("updated_ms", std::int64_t{0})};
}

// Whether `sealed` (base64) is a sealed box that the repository's key pair opens.
bool opens(const json& repo, const std::string& sealed) {
  auto box = base64_decode(sealed);
  auto public_key = base64_decode(repo.value("public_key", ""));
  auto private_key = base64_decode(repo.value("private_key", ""));
  if (!box || !public_key || !private_key || box->size() < crypto_box_SEALBYTES ||
      public_key->size() != crypto_box_PUBLICKEYBYTES ||
      private_key->size() != crypto_box_SECRETKEYBYTES)
    return false;
  std::string plain(box->size() - crypto_box_SEALBYTES, '\0');
  bool ok = crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                                 reinterpret_cast<const unsigned char*>(box->data()), box->size(),
                                 reinterpret_cast<const unsigned char*>(public_key->data()),
                                 reinterpret_cast<const unsigned char*>(private_key->data())) == 0;
  sodium_memzero(plain.data(), plain.size());  // checked, never kept
  return ok;
}

}  // namespace

bool valid_actions_secret_name(const std::string& name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) return false;
  if (upper(name).rfind("GITHUB_", 0) == 0) return false;
  return std::all_of(name.begin(), name.end(),
                     [](unsigned char c) { return std::isalnum(c) || c == '_'; });
}

ActionsSecrets::ActionsSecrets(std::filesystem::path file)
    : file_(std::move(file), {{"repos", json::object()}}) {
  ensure_sodium();
}

RepositoryKey ActionsSecrets::key(const std::string& slug) {
  RepositoryKey key;
  file_.update([&](json& document) {
    bool made = !document["repos"].contains(slug) || !document["repos"][slug].contains("key_id");
    const auto& repo = repo_entry(document, slug);
    key = {repo["key_id"].get<std::string>(), repo["public_key"].get<std::string>(),
           repo["private_key"].get<std::string>()};
    return made;
  });
  return key;
}

PutSecret ActionsSecrets::put(const std::string& slug, const std::string& name,
                              const std::string& encrypted_value, const std::string& key_id,
                              std::int64_t now) {
  PutSecret result = PutSecret::wrong_key;
  file_.update([&](json& document) {
    auto& repo = repo_entry(document, slug);
    if (repo["key_id"] != key_id) {
      result = PutSecret::wrong_key;
      return true;  // the key pair may have just been made
    }
    if (!opens(repo, encrypted_value)) {
      result = PutSecret::unreadable_value;
      return true;
    }
    auto& secrets = repo["secrets"];
    const std::string key = upper(name);
    result = secrets.contains(key) ? PutSecret::updated : PutSecret::created;
    std::int64_t created =
        result == PutSecret::updated ? secrets[key].value("created_ms", now) : now;
    secrets[key] = {{"encrypted_value", encrypted_value},
                    {"key_id", key_id},
                    {"created_ms", created},
                    {"updated_ms", now}};
    return true;
  });
  return result;
}

std::vector<StoredSecret> ActionsSecrets::list(const std::string& slug) {
  std::vector<StoredSecret> secrets;
  file_.read([&](const json& document) {
    const auto& repos = document.value("repos", json::object());
    if (!repos.contains(slug)) return;
    const json stored = repos[slug].value("secrets", json::object());
    for (const auto& [name, entry] : stored.items()) secrets.push_back(from_json(name, entry));
  });
  return secrets;  // json objects iterate in key order: sorted by name
}

std::optional<StoredSecret> ActionsSecrets::get(const std::string& slug, const std::string& name) {
  std::optional<StoredSecret> found;
  const std::string key = upper(name);
  file_.read([&](const json& document) {
    const auto& repos = document.value("repos", json::object());
    if (!repos.contains(slug)) return;
    const auto& secrets = repos[slug].value("secrets", json::object());
    if (secrets.contains(key)) found = from_json(key, secrets[key]);
  });
  return found;
}

bool ActionsSecrets::remove(const std::string& slug, const std::string& name) {
  bool removed = false;
  file_.update([&](json& document) {
    auto& repos = document["repos"];
    if (!repos.contains(slug) || !repos[slug].contains("secrets")) return false;
    removed = repos[slug]["secrets"].erase(upper(name)) > 0;
    return removed;
  });
  return removed;
}

json secret_json(const StoredSecret& secret) {
  return {{"name", secret.name},
          {"created_at", format_rfc3339_ms(secret.created_ms)},
          {"updated_at", format_rfc3339_ms(secret.updated_ms)}};
}

}  // namespace raxol::sandbox::github
