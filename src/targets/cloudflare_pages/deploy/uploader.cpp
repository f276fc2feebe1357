#include "targets/cloudflare_pages/deploy/uploader.h"

#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include "util/base64.h"

namespace raxol::cloudflare_pages {

namespace {

// Appends the base64 of the file to `out`, reading it in pieces.
Status append_file_base64(const std::filesystem::path& root, const Asset& asset, std::string& out) {
  int fd = ::open((root / asset.path).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return make_error(ErrorKind::failed, asset.path + ": cannot open: " + std::strerror(errno));
  unsigned char piece[kBase64PieceBytes];
  std::uint64_t total = 0;
  Status status;
  for (;;) {
    size_t filled = 0;
    while (filled < kBase64PieceBytes) {
      ssize_t got = ::read(fd, piece + filled, kBase64PieceBytes - filled);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) break;
      filled += static_cast<size_t>(got);
    }
    if (filled == 0) break;
    base64_append(out, std::string_view(reinterpret_cast<const char*>(piece), filled));
    total += filled;
    if (filled < kBase64PieceBytes) break;
  }
  ::close(fd);
  if (total != asset.size)
    return make_error(ErrorKind::failed, asset.path + " changed while deploying (" +
                                             std::to_string(asset.size) + " bytes when hashed, " +
                                             std::to_string(total) + " now); run the deploy again");
  return status;
}

void release_free_memory() {
#ifdef __GLIBC__
  ::malloc_trim(0);
#endif
}

struct WaveItem {
  PagesCall call;  // without body once the request is built
  HttpRequest request;
  size_t files = 0;
  std::uint64_t bytes = 0;
};

}  // namespace

Result<std::string> upload_body(const std::filesystem::path& root,
                                const std::vector<const Asset*>& assets) {
  size_t length = 2;
  for (const Asset* asset : assets)
    // 98 bytes of JSON around each value; reserving enough keeps the body from reallocating.
    length += base64_length(asset->size) + asset->content_type.size() + 128;
  std::string body;
  body.reserve(length);
  body += '[';
  for (size_t i = 0; i < assets.size(); ++i) {
    const Asset& asset = *assets[i];
    if (i > 0) body += ',';
    body += "{\"key\":\"" + asset.hash + "\",\"value\":\"";
    RAXOL_TRY(append_file_base64(root, asset, body));
    body += "\",\"metadata\":{\"contentType\":" + nlohmann::json(asset.content_type).dump() +
            "},\"base64\":true}";
  }
  body += ']';
  return body;
}

Result<UploadStats> upload_assets(PagesClient& client, UploadTokenSource& tokens,
                                  const std::filesystem::path& root,
                                  const std::vector<const Asset*>& missing,
                                  const UploaderOptions& options) {
  std::vector<std::uint64_t> sizes;
  std::uint64_t total_bytes = 0;
  for (const Asset* asset : missing) {
    sizes.push_back(asset->size);
    total_bytes += asset->size;
  }
  const auto buckets = pack_buckets(sizes, options.buckets);
  const auto waves =
      plan_waves(buckets, static_cast<size_t>(options.parallel),
                 options.buckets.max_bytes * static_cast<std::uint64_t>(options.parallel));
  UploadStats stats;
  PagesTransport& transport = client.transport();
  for (const auto& wave : waves) {
    if (options.cancel != nullptr && options.cancel->requested())
      return make_error(ErrorKind::interrupted,
                        "upload interrupted after " + std::to_string(stats.files) + " files");
    RAXOL_ASSIGN_OR_RETURN(std::string jwt, tokens.current());
    // Build the wave's bodies in parallel: reading and encoding is most of the client's work.
    std::vector<WaveItem> items(wave.size());
    std::vector<Status> built(wave.size());
    auto build = [&](size_t k) {
      const Bucket& bucket = buckets[wave[k]];
      std::vector<const Asset*> assets;
      for (size_t file : bucket.files) assets.push_back(missing[file]);
      auto body = upload_body(root, assets);
      if (!body.ok()) {
        built[k] = body.error();
        return;
      }
      items[k].call = client.upload_call(jwt, "", assets.size());
      items[k].request = transport.request_with_body(items[k].call, std::move(body).value());
      items[k].files = assets.size();
      items[k].bytes = bucket.bytes;
    };
    std::vector<std::thread> builders;
    for (size_t k = 1; k < wave.size(); ++k) builders.emplace_back(build, k);
    build(0);
    for (auto& builder : builders) builder.join();
    for (const auto& status : built) RAXOL_TRY(status);

    std::vector<size_t> pending(items.size());
    for (size_t k = 0; k < pending.size(); ++k) pending[k] = k;
    while (!pending.empty()) {
      std::vector<HttpRequest> requests;
      for (size_t k : pending) requests.push_back(std::move(items[k].request));
      auto results = transport.http().send_all(requests, options.parallel);
      stats.requests += static_cast<int>(requests.size());
      std::vector<size_t> refused;
      std::string refused_jwt;
      for (size_t j = 0; j < pending.size(); ++j) {
        WaveItem& item = items[pending[j]];
        item.request = std::move(requests[j]);
        RAXOL_ASSIGN_OR_RETURN(PagesAnswer answer, transport.judge(item.call, results[j]));
        if (answer.ok()) {
          stats.files += item.files;
          stats.bytes += item.bytes;
          item.request.body.clear();
          item.request.body.shrink_to_fit();
          continue;
        }
        if (!answer.jwt_rejected()) return transport.error_for(item.call, answer);
        refused.push_back(pending[j]);
        refused_jwt = item.call.jwt;
      }
      if (!refused.empty()) {
        RAXOL_TRY(tokens.refresh_after_rejection(refused_jwt));
        RAXOL_ASSIGN_OR_RETURN(jwt, tokens.current());
        for (size_t k : refused) {
          items[k].call.jwt = jwt;
          for (auto& [name, value] : items[k].request.headers)
            if (name == "Authorization") value = "Bearer " + jwt;
        }
      }
      pending = std::move(refused);
    }
    ++stats.waves;
    // The wave's bodies were built on helper threads (other malloc arenas): hand their pages
    // back now, or the process keeps every wave's high-water mark.
    items.clear();
    release_free_memory();
    if (options.progress != nullptr)
      options.progress->update(
          stats.bytes, total_bytes,
          std::to_string(stats.files) + "/" + std::to_string(missing.size()) + " files");
  }
  return stats;
}

}  // namespace raxol::cloudflare_pages
