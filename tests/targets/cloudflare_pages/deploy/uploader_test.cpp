// Uploading the missing assets in waves of parallel requests against the Pages emulator:
// bodies as the service reads them, every file stored, transient failures retried by the
// retry decorator, a refused JWT refreshed once and the refused requests resent, a lasting
// failure reported with the call, and a file that changed since hashing refused.
#include "targets/cloudflare_pages/deploy/uploader.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/assets/hasher.h"
#include "targets/cloudflare_pages/pages_test_support.h"
#include "util/base64.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::TempDir;
using raxol::test::cfp::PagesWorld;

namespace {

const std::string kUpload = "/client/v4/pages/assets/upload";

struct Site {
  TempDir dir;
  std::vector<Asset> assets;
  std::vector<const Asset*> pointers() const {
    std::vector<const Asset*> out;
    for (const auto& asset : assets) out.push_back(&asset);
    return out;
  }
  std::vector<std::string> hashes() const {
    std::vector<std::string> out;
    for (const auto& asset : assets) out.push_back(asset.hash);
    return out;
  }
};

// `count` small distinct files, hashed.
void make_site(Site& site, int count) {
  std::vector<SiteFile> files;
  for (int i = 0; i < count; ++i) {
    std::string path = "page" + std::to_string(i) + ".html";
    std::string content = "<p>page " + std::to_string(i) + "</p>";
    test::write_file(site.dir / path, content);
    files.push_back({path, content.size()});
  }
  auto hashed = hash_site(site.dir.path(), files, {});
  REQUIRE(hashed.ok());
  site.assets = std::move(hashed).value();
}

UploaderOptions small_buckets() {
  UploaderOptions options;
  options.parallel = 2;
  options.buckets.max_files = 3;
  options.buckets.initial_buckets = 1;  // buckets fill one after another: 3, 3, ...
  return options;
}

}  // namespace

TEST_CASE("pages upload body: base64 values with their content type", "[pages][upload]") {
  Site site;
  make_site(site, 2);
  auto body = upload_body(site.dir.path(), site.pointers());
  REQUIRE(body.ok());
  auto items = nlohmann::json::parse(*body);
  REQUIRE(items.size() == 2);
  CHECK(items[0]["key"] == site.assets[0].hash);
  CHECK(items[0]["value"] == base64_encode("<p>page 0</p>"));
  CHECK(items[0]["metadata"]["contentType"] == "text/html");
  CHECK(items[0]["base64"] == true);

  test::write_file(site.dir / "page1.html", "<p>page 1, longer now</p>");
  auto changed = upload_body(site.dir.path(), site.pointers());
  REQUIRE_FALSE(changed.ok());
  CHECK(changed.error().kind == ErrorKind::failed);
  CHECK(changed.error().message.find("page1.html changed while deploying") != std::string::npos);
}

TEST_CASE("pages upload: every file stored - in buckets sent in waves", "[pages][upload]") {
  PagesWorld world;
  world.api().create_project("site");
  Site site;
  make_site(site, 10);
  Redactor redactor;
  UploadTokenSource tokens(world.client(), "site", world.clock(), redactor);
  auto stats = upload_assets(world.client(), tokens, site.dir.path(), site.pointers(),
                             small_buckets());
  INFO((stats.ok() ? "" : stats.error().message));
  REQUIRE(stats.ok());
  CHECK(stats->files == 10);
  std::uint64_t bytes = 0;
  for (const auto& asset : site.assets) bytes += asset.size;
  CHECK(stats->bytes == bytes);
  CHECK(stats->requests == 4);  // 10 files, 3 a bucket
  CHECK(stats->waves == 2);     // 2 buckets a wave
  CHECK(world.requests("POST", "/assets/upload") == 4);
  auto jwt = tokens.current();
  REQUIRE(jwt.ok());
  CHECK(world.client().check_missing(*jwt, site.hashes()).value().empty());
}

TEST_CASE("pages upload: a 503 is retried - a refused JWT refreshed once and resent",
          "[pages][upload]") {
  PagesWorld world;
  world.api().create_project("site");
  Site site;
  make_site(site, 6);
  world.fault("POST", kUpload, {{"status", 503}, {"retry_after", "1"}, {"times", 1}});
  world.fault("POST", kUpload,
              {{"status", 401},
               {"skip", 1},
               {"times", 1},
               {"body",
                {{"success", false},
                 {"errors", {{{"code", 8000013}, {"message", "Unauthorized"}}}},
                 {"messages", nlohmann::json::array()},
                 {"result", nullptr}}}});
  Redactor redactor;
  UploadTokenSource tokens(world.client(), "site", world.clock(), redactor);
  world.clock().advance(std::chrono::seconds(1));  // so the refreshed JWT differs
  auto stats = upload_assets(world.client(), tokens, site.dir.path(), site.pointers(),
                             small_buckets());
  INFO((stats.ok() ? "" : stats.error().message));
  REQUIRE(stats.ok());
  CHECK(stats->files == 6);
  CHECK(tokens.rejections() == 1);
  CHECK(world.requests("GET", "/upload-token") == 2);
  CHECK(stats->requests == 3);  // two buckets in one wave, one resent after the refusal
  CHECK(world.requests("POST", "/assets/upload") == 4);  // and one retried by the decorator
  CHECK(world.client().check_missing(tokens.current().value(), site.hashes()).value().empty());
}

TEST_CASE("pages upload: a lasting failure stops with the call's name - a cancel stops early",
          "[pages][upload]") {
  PagesWorld world;
  world.api().create_project("site");
  Site site;
  make_site(site, 4);
  Redactor redactor;
  UploadTokenSource tokens(world.client(), "site", world.clock(), redactor);
  world.fault("POST", kUpload, {{"status", 400}, {"times", 1}});
  auto failed = upload_assets(world.client(), tokens, site.dir.path(), site.pointers(),
                              small_buckets());
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().message.find(" assets: HTTP 400") != std::string::npos);
  CHECK(failed.error().message.rfind("Cloudflare API: upload ", 0) == 0);
  CHECK(failed.error().message.find(tokens.current().value()) == std::string::npos);

  CancelToken cancel;
  cancel.request();
  UploaderOptions options = small_buckets();
  options.cancel = &cancel;
  world.forget_requests();
  auto stopped = upload_assets(world.client(), tokens, site.dir.path(), site.pointers(), options);
  REQUIRE_FALSE(stopped.ok());
  CHECK(stopped.error().kind == ErrorKind::interrupted);
  CHECK(world.requests("POST", "/assets/upload") == 0);
}
