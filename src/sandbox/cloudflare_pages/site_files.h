// What each deployment publishes, kept beside the state: STATE/cloudflare-pages/deployments/
// <id>/{manifest.json,_headers,_redirects}. Deployments never change, so parsed manifests are
// cached in memory (a few, newest used first) for serving the site.
#pragma once

#include <filesystem>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace raxol::sandbox::cloudflare_pages {

struct SiteSnapshot {
  std::unordered_map<std::string, std::string> manifest;  // "/path" -> asset key
  std::string headers;                                    // _headers ("" when none)
  std::string redirects;                                  // _redirects ("" when none)
};

class SiteFiles {
 public:
  explicit SiteFiles(std::filesystem::path dir) : dir_(std::move(dir)) {}

  bool save(const std::string& id, const std::string& manifest,
            const std::optional<std::string>& headers, const std::optional<std::string>& redirects);
  std::shared_ptr<const SiteSnapshot> load(const std::string& id);
  void remove(const std::string& id);

 private:
  std::filesystem::path dir_;
  std::mutex mutex_;
  std::list<std::pair<std::string, std::shared_ptr<const SiteSnapshot>>> cache_;
};

}  // namespace raxol::sandbox::cloudflare_pages
