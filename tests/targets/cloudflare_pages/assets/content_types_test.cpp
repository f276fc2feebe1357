// File extensions (Node's path.extname) and content types (mime@3). This file also covers
// content_type_table.cpp, which is pure data (the generated mime@3 table): its entries are
// checked here through content_type_for.
#include "targets/cloudflare_pages/assets/content_types.h"

#include <catch2/catch.hpp>
#include <string>

using namespace raxol::cloudflare_pages;

TEST_CASE("pages hash: extensions follow Node's path.extname", "[pages]") {
  CHECK(node_extension("a/b/logo.png") == "png");
  CHECK(node_extension("a.tar.gz") == "gz");
  CHECK(node_extension("file.") == "");
  CHECK(node_extension("..a") == "a");
  CHECK(node_extension(".htaccess") == "");
  CHECK(node_extension("dir.d/README") == "");
  CHECK(node_extension("..") == "");
  CHECK(node_extension("a.B") == "B");
  CHECK(node_extension("\xC3\xA9.\xC3\xB1") == "\xC3\xB1");
}

TEST_CASE("pages content types come from mime@3", "[pages]") {
  CHECK(content_type_for("js/app.js") == "application/javascript");
  CHECK(content_type_for("x.mjs") == "application/javascript");
  CHECK(content_type_for("x.map") == "application/json");
  CHECK(content_type_for("x.ts") == "video/mp2t");
  CHECK(content_type_for("favicon.ico") == "image/vnd.microsoft.icon");
  CHECK(content_type_for("site.webmanifest") == "application/manifest+json");
  CHECK(content_type_for("INDEX.HTML") == "text/html");
  CHECK(content_type_for("x.wasm") == "application/wasm");
  CHECK(content_type_for(".htaccess") == "application/octet-stream");
  CHECK(content_type_for("LICENSE") == "application/octet-stream");
  CHECK(content_type_for("x.unknownext") == "application/octet-stream");
}

TEST_CASE("pages content type table: well formed and sorted as generated", "[pages]") {
  const std::string table = content_type_table();
  REQUIRE_FALSE(table.empty());
  std::string previous;
  size_t entries = 0;
  for (size_t at = 0; at < table.size();) {
    size_t end = table.find(';', at);
    REQUIRE(end != std::string::npos);  // every entry ends with ';'
    const std::string entry = table.substr(at, end - at);
    const size_t equals = entry.find('=');
    INFO(entry);
    REQUIRE(equals != std::string::npos);
    const std::string extension = entry.substr(0, equals);
    CHECK_FALSE(extension.empty());
    CHECK(entry.find('/', equals) != std::string::npos);  // a type/subtype
    for (char c : extension) CHECK_FALSE((c >= 'A' && c <= 'Z'));
    CHECK(previous < extension);
    // The lookup answers with the table's own entry, whatever the case of the name.
    CHECK(content_type_for("x." + extension) == entry.substr(equals + 1));
    previous = extension;
    ++entries;
    at = end + 1;
  }
  CHECK(entries > 1000);  // mime@3 lists about 1200 extensions
  CHECK(content_type_for("dir.css/file") == "application/octet-stream");
  CHECK(content_type_for("a/b/STYLE.CSS") == "text/css");
}
