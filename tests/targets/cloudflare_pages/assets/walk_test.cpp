// The folder walk: wrangler's ignore rules, our ignore file, symlinks, limits — all checked
// before anything would be sent.
#include "targets/cloudflare_pages/assets/walk.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "support/run_binary.h"

using namespace raxol::cloudflare_pages;
using raxol::ErrorKind;
using raxol::test::TempDir;
using raxol::test::write_file;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> paths_of(const SiteWalk& walk) {
  std::vector<std::string> paths;
  for (const auto& file : walk.files) paths.push_back(file.path);
  return paths;
}

raxol::Result<SiteWalk> walk(const fs::path& root, const IgnoreFile* ignore = nullptr,
                             size_t max_files = kMaxAssetCountCeiling) {
  WalkOptions options;
  options.root = root;
  options.display_root = "site";
  options.ignore = ignore;
  options.max_files = max_files;
  return walk_site(options);
}

}  // namespace

TEST_CASE("pages walk: lists files - skips ignored ones - reads the rule files", "[pages][walk]") {
  TempDir dir;
  write_file(dir / "index.html", "<h1>hi</h1>");
  write_file(dir / "_headers", "/*\n  X-A: b\n");
  write_file(dir / "_redirects", "/a /b 301\n");
  write_file(dir / "sub/_headers", "kept");
  write_file(dir / "node_modules/x.js", "no");
  write_file(dir / ".git/HEAD", "no");
  write_file(dir / ".well-known/security.txt", "yes");
  write_file(dir / ".hidden/node_modules/y.js", "kept with a warning");
  write_file(dir / "functions/api.js", "not uploaded");
  auto result = walk(dir.path());
  REQUIRE(result.ok());
  CHECK(paths_of(*result) == std::vector<std::string>{".hidden/node_modules/y.js",
                                                      ".well-known/security.txt", "index.html",
                                                      "sub/_headers"});
  CHECK(result->headers == "/*\n  X-A: b\n");
  CHECK(result->redirects == "/a /b 301\n");
  REQUIRE(result->warnings.size() == 2);
  CHECK(result->warnings[0].find("site/.hidden/node_modules") != std::string::npos);
}

TEST_CASE("pages walk: the ignore file uses gitignore's syntax", "[pages][walk]") {
  auto ignore = IgnoreFile::parse("# comment\n*.map\n/drafts/\ncache/\n!keep.map\nlogs/*.log\n");
  CHECK(ignore.ignored("app.js.map", false));
  CHECK(ignore.ignored("js/deep/app.js.map", false));
  CHECK_FALSE(ignore.ignored("keep.map", false));
  CHECK(ignore.ignored("drafts", true));
  CHECK_FALSE(ignore.ignored("drafts", false));
  CHECK_FALSE(ignore.ignored("sub/drafts", true));
  CHECK(ignore.ignored("a/cache", true));
  CHECK(ignore.ignored("logs/x.log", false));
  CHECK_FALSE(ignore.ignored("sub/logs/x.log", false));
  CHECK_FALSE(ignore.ignored("app.js", false));

  TempDir dir;
  write_file(dir / "app.js", "1");
  write_file(dir / "app.js.map", "2");
  write_file(dir / "drafts/post.html", "3");
  auto result = walk(dir.path(), &ignore);
  REQUIRE(result.ok());
  CHECK(paths_of(*result) == std::vector<std::string>{"app.js"});
  CHECK(result->ignored == 2);
}

TEST_CASE("pages walk: symlinks inside the folder are published - never followed out",
          "[pages][walk]") {
  TempDir outside;
  write_file(outside / "secret.txt", "do not publish");
  TempDir dir;
  write_file(dir / "v2/app.js", "x");
  fs::create_directory_symlink("v2", dir / "latest");
  fs::create_symlink("v2/app.js", dir / "app.js");
  auto inside = walk(dir.path());
  REQUIRE(inside.ok());
  CHECK(paths_of(*inside) == std::vector<std::string>{"app.js", "latest/app.js", "v2/app.js"});

  fs::create_symlink(outside / "secret.txt", dir / "leak.txt");
  auto leaked = walk(dir.path());
  REQUIRE_FALSE(leaked.ok());
  CHECK(leaked.error().kind == ErrorKind::config);
  CHECK(leaked.error().message.find("site/leak.txt") != std::string::npos);
  CHECK(leaked.error().message.find("leaves site") != std::string::npos);
  fs::remove(dir / "leak.txt");

  fs::create_symlink("missing", dir / "broken");
  auto broken = walk(dir.path());
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().message.find("site/broken: broken symlink") != std::string::npos);
  fs::remove(dir / "broken");

  fs::create_directory_symlink("..", dir / "v2/up");
  auto cycle = walk(dir.path());
  REQUIRE_FALSE(cycle.ok());
  CHECK(cycle.error().message.find("directory cycle") != std::string::npos);
}

TEST_CASE("pages walk: files over 25 MiB and too many files are errors naming the limit",
          "[pages][walk]") {
  TempDir dir;
  write_file(dir / "ok.bin", "");
  fs::resize_file(dir / "ok.bin", kMaxAssetSize);  // exactly 25 MiB is allowed (sparse)
  write_file(dir / "big/video.mp4", "");
  fs::resize_file(dir / "big/video.mp4", 26ull * 1024 * 1024);
  auto result = walk(dir.path());
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().kind == ErrorKind::config);
  CHECK(result.error().message ==
        "site/big/video.mp4: 26.0 MiB (27262976 bytes) is over Cloudflare Pages' limit of 25 MiB "
        "(26214400 bytes) per file");
  fs::remove(dir / "big/video.mp4");

  for (int i = 0; i < 4; ++i) write_file(dir / ("f" + std::to_string(i)), "x");
  auto many = walk(dir.path(), nullptr, 3);
  REQUIRE_FALSE(many.ok());
  CHECK(many.error().message.find("site holds more than 3 files") != std::string::npos);
}

TEST_CASE("pages walk: names that are not UTF-8 and Pages Functions are refused", "[pages][walk]") {
  TempDir dir;
  write_file(dir / "bad\xff.txt", "x");
  auto bad = walk(dir.path());
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("not valid UTF-8") != std::string::npos);

  TempDir worker;
  write_file(worker / "_worker.js", "export default {}");
  auto functions = walk(worker.path());
  REQUIRE_FALSE(functions.ok());
  CHECK(functions.error().message ==
        "site/_worker.js: Pages Functions are not supported by raxol-deploy (static assets only)");
}
