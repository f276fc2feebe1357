// The content-addressed asset store: the only key shape the service accepts, bytes and content
// type kept per key under STATE/cloudflare-pages/assets/<first two digits>/, overwrites.
#include "sandbox/cloudflare_pages/asset_store.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace raxol::sandbox::cloudflare_pages;

TEST_CASE("pages assets: keys, put, get and has", "[pages][sandbox]") {
  CHECK(valid_asset_key("0123456789abcdef0123456789abcdef"));
  CHECK_FALSE(valid_asset_key("0123456789ABCDEF0123456789ABCDEF"));
  CHECK_FALSE(valid_asset_key("0123456789abcdef"));
  CHECK_FALSE(valid_asset_key("../../../../etc/passwd/0123456789"));

  raxol::test::TempDir dir;
  AssetStore store(dir / "assets");
  const std::string key = "ab23456789abcdef0123456789abcdef";
  CHECK_FALSE(store.has(key));
  CHECK_FALSE(store.get(key));
  const std::string bytes("\x00\x01 binary\n", 10);
  REQUIRE(store.put(key, "image/png", bytes));
  CHECK(store.has(key));
  CHECK(std::filesystem::exists(dir / "assets" / "ab" / key));
  auto stored = store.get(key);
  REQUIRE(stored);
  CHECK(stored->content_type == "image/png");
  CHECK(stored->bytes == bytes);
  REQUIRE(store.put(key, "text/plain", ""));  // a later upload of the key wins
  CHECK(store.get(key)->bytes.empty());
  CHECK(store.get(key)->content_type == "text/plain");
  CHECK_FALSE(store.has("not a key"));
  // Another store on the same directory (another process) sees the same assets.
  CHECK(AssetStore(dir / "assets").has(key));
}
