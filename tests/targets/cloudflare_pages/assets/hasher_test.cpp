// Hashing a site on several threads: the same keys as hashing each file alone, in the files'
// order, with mime@3 content types; progress reaches the total; an unreadable file fails the
// whole; a cancel stops it.
#include "targets/cloudflare_pages/assets/hasher.h"

#include <catch2/catch.hpp>
#include <mutex>

#include "support/run_binary.h"
#include "targets/cloudflare_pages/assets/asset_hash.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::TempDir;
using raxol::test::write_file;

namespace {

class RecordedProgress : public Progress {
 public:
  void update(std::uint64_t done, std::uint64_t total, std::string_view detail) override {
    std::lock_guard lock(mutex_);
    last_done = done;
    last_total = total;
    last_detail = std::string(detail);
    ++updates;
  }
  void finish(std::string_view) override {}
  std::uint64_t last_done = 0, last_total = 0;
  std::string last_detail;
  int updates = 0;

 private:
  std::mutex mutex_;
};

// `count` files "f<i>.<ext>" of different sizes; the SiteFile list in path order.
std::vector<SiteFile> make_files(const std::filesystem::path& root, int count) {
  std::vector<SiteFile> files;
  const char* extensions[] = {"html", "css", "js", "png", "txt"};
  for (int i = 0; i < count; ++i) {
    std::string path = "d" + std::to_string(i % 3) + "/f" + std::to_string(i) + "." +
                       extensions[i % 5];
    std::string content(static_cast<size_t>(i * 37 % 5000), static_cast<char>('a' + i % 26));
    write_file(root / path, content);
    files.push_back({path, content.size()});
  }
  return files;
}

}  // namespace

TEST_CASE("pages hasher: every file's key and type - in order - whatever the thread count",
          "[pages][hasher]") {
  TempDir dir;
  auto files = make_files(dir.path(), 100);  // over 64: more than one thread
  HashOptions one;
  one.threads = 1;
  auto serial = hash_site(dir.path(), files, one);
  REQUIRE(serial.ok());
  HashOptions many;
  many.threads = 4;
  RecordedProgress progress;
  many.progress = &progress;
  auto parallel = hash_site(dir.path(), files, many);
  REQUIRE(parallel.ok());
  REQUIRE(parallel->size() == files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    const Asset& asset = (*parallel)[i];
    INFO(files[i].path);
    CHECK(asset.path == files[i].path);
    CHECK(asset.size == files[i].size);
    CHECK(asset.hash == (*serial)[i].hash);
    CHECK(asset.hash == asset_hash(test::read_file(dir / files[i].path),
                                   files[i].path.substr(files[i].path.rfind('.') + 1)));
  }
  CHECK((*parallel)[0].content_type == "text/html");
  CHECK((*parallel)[1].content_type == "text/css");
  CHECK((*parallel)[3].content_type == "image/png");
  std::uint64_t total = 0;
  for (const auto& file : files) total += file.size;
  CHECK(progress.last_done == total);
  CHECK(progress.last_total == total);
  CHECK(progress.last_detail == "100/100 files");
}

TEST_CASE("pages hasher: an unreadable file fails the whole - a cancel stops it",
          "[pages][hasher]") {
  TempDir dir;
  auto files = make_files(dir.path(), 70);
  files[40].path = "d0/vanished.html";  // listed, but not there
  auto failed = hash_site(dir.path(), files, {});
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().message.find("vanished.html") != std::string::npos);

  CancelToken cancel;
  cancel.request();
  HashOptions options;
  options.cancel = &cancel;
  auto stopped = hash_site(dir.path(), make_files(dir.path(), 3), options);
  REQUIRE_FALSE(stopped.ok());
  CHECK(stopped.error().kind == ErrorKind::interrupted);

  auto empty = hash_site(dir.path(), {}, {});
  REQUIRE(empty.ok());
  CHECK(empty->empty());
}
