#include "targets/cloudflare_pages/assets/hasher.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "targets/cloudflare_pages/assets/asset_hash.h"
#include "targets/cloudflare_pages/assets/content_types.h"

namespace raxol::cloudflare_pages {

namespace {

int thread_count(const HashOptions& options, size_t files) {
  int threads = options.threads > 0
                    ? options.threads
                    : std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 8);
  // Small sites are done before a second thread would start.
  if (files < 64) threads = 1;
  return std::max(1, std::min<int>(threads, static_cast<int>(files)));
}

}  // namespace

Result<std::vector<Asset>> hash_site(const std::filesystem::path& root,
                                     const std::vector<SiteFile>& files,
                                     const HashOptions& options) {
  std::vector<Asset> assets(files.size());
  std::uint64_t total_bytes = 0;
  for (const auto& file : files) total_bytes += file.size;

  std::atomic<size_t> next{0};
  std::atomic<size_t> files_done{0};
  std::atomic<std::uint64_t> bytes_done{0};
  std::atomic<bool> failed{false};
  std::mutex mutex;
  std::condition_variable finished;
  std::optional<Error> first_error;
  int running = thread_count(options, files.size());

  auto work = [&] {
    for (;;) {
      if (failed.load() || (options.cancel != nullptr && options.cancel->requested())) break;
      size_t index = next.fetch_add(1);
      if (index >= files.size()) break;
      const SiteFile& file = files[index];
      auto hashed = hash_file(root / file.path, node_extension(file.path),
                              [&](std::uint64_t bytes) { bytes_done.fetch_add(bytes); });
      if (!hashed.ok()) {
        std::lock_guard lock(mutex);
        if (!first_error) first_error = hashed.error();
        failed = true;
        break;
      }
      Asset& asset = assets[index];
      asset.path = file.path;
      asset.size = hashed->size;
      asset.hash = std::move(hashed->hash);
      asset.content_type = content_type_for(file.path);
      files_done.fetch_add(1);
    }
    std::lock_guard lock(mutex);
    if (--running == 0) finished.notify_all();
  };

  // Workers hash; this thread only reports progress, so it is shown for one worker too.
  std::vector<std::thread> threads;
  for (int i = 0, n = running; i < n; ++i) threads.emplace_back(work);
  {
    std::unique_lock lock(mutex);
    while (running > 0) {
      finished.wait_for(lock, std::chrono::milliseconds(100));
      if (options.progress == nullptr || running == 0) continue;
      lock.unlock();
      options.progress->update(
          bytes_done.load(), total_bytes,
          std::to_string(files_done.load()) + "/" + std::to_string(files.size()) + " files");
      lock.lock();
    }
  }
  for (auto& thread : threads) thread.join();
  if (first_error) return *first_error;
  if (options.cancel != nullptr && options.cancel->requested())
    return make_error(ErrorKind::interrupted, "hashing interrupted");
  if (options.progress != nullptr)
    options.progress->update(
        bytes_done.load(), total_bytes,
        std::to_string(files.size()) + "/" + std::to_string(files.size()) + " files");
  return assets;
}

}  // namespace raxol::cloudflare_pages
