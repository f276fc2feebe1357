#include "sandbox/cloudflare_pages/site_files.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace raxol::sandbox::cloudflare_pages {

namespace {

constexpr size_t kCached = 4;

bool write(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  return static_cast<bool>(out);
}

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

bool SiteFiles::save(const std::string& id, const std::string& manifest,
                     const std::optional<std::string>& headers,
                     const std::optional<std::string>& redirects) {
  std::error_code ec;
  const auto dir = dir_ / id;
  std::filesystem::create_directories(dir, ec);
  bool ok = write(dir / "manifest.json", manifest);
  if (headers) ok = write(dir / "_headers", *headers) && ok;
  if (redirects) ok = write(dir / "_redirects", *redirects) && ok;
  return ok;
}

std::shared_ptr<const SiteSnapshot> SiteFiles::load(const std::string& id) {
  {
    std::lock_guard lock(mutex_);
    for (auto it = cache_.begin(); it != cache_.end(); ++it) {
      if (it->first != id) continue;
      cache_.splice(cache_.begin(), cache_, it);
      return cache_.front().second;
    }
  }
  const auto dir = dir_ / id;
  std::error_code ec;
  if (!std::filesystem::exists(dir / "manifest.json", ec)) return nullptr;
  auto snapshot = std::make_shared<SiteSnapshot>();
  auto manifest = nlohmann::json::parse(read(dir / "manifest.json"), nullptr, false);
  if (manifest.is_object())
    for (const auto& [path, key] : manifest.items())
      if (key.is_string()) snapshot->manifest.emplace(path, key.get<std::string>());
  snapshot->headers = read(dir / "_headers");
  snapshot->redirects = read(dir / "_redirects");
  std::lock_guard lock(mutex_);
  cache_.emplace_front(id, snapshot);
  if (cache_.size() > kCached) cache_.pop_back();
  return snapshot;
}

void SiteFiles::remove(const std::string& id) {
  std::error_code ec;
  std::filesystem::remove_all(dir_ / id, ec);
  std::lock_guard lock(mutex_);
  cache_.remove_if([&](const auto& entry) { return entry.first == id; });
}

}  // namespace raxol::sandbox::cloudflare_pages
