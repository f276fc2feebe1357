// The asset key must be bit-for-bit wrangler's: the protocol notes' vectors, the official
// BLAKE3 test vectors, and Debian's b3sum as an independent oracle.
#include "targets/cloudflare_pages/assets/asset_hash.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "support/run_binary.h"
#include "util/base64.h"
#include "targets/cloudflare_pages/assets/content_types.h"

using namespace raxol::cloudflare_pages;
using raxol::test::TempDir;

namespace {

std::string b3sum(const std::string& input, int length_bytes = 32) {
  TempDir dir;
  raxol::test::write_file(dir / "input", input);
  std::string command = "b3sum --no-names --length " + std::to_string(length_bytes) + " '" +
                        (dir / "input").string() + "'";
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[1024];
  std::string out;
  while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  REQUIRE(::pclose(pipe) == 0);
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("pages hash: the protocol notes' vectors", "[pages][blake3]") {
  struct Vector {
    const char* file;
    std::string contents;
    const char* hash;
  };
  const std::vector<Vector> vectors = {
      {"logo.png", "foobar", "2082190357cfd3617ccfe04f340c6247"},
      {"logo.txt", "foobar", "1a98fb08af91aca4a7df1764a2c4ddb0"},
      {"empty", "", "af1349b9f5f9a1a6a0404dea36dcc949"},
      {"foo", "foobar", "7b764dacfd211bebd8077828a7ddefd7"},
      {"a.tar.gz", "foobar", "1b0331056ffd6eafc4c28f594af3dfc8"},
      {"a.B", "foobar", "3fb540a6bba38e12a53c9e40452a74b4"},
      {".htaccess", "x", "c89c27f28e24f706b72c408fe1d6537a"},
      {"index.html", "foobar", "d96fef225537c9f5e44a3cb27fd0b492"},
  };
  TempDir dir;
  for (const auto& vector : vectors) {
    INFO(vector.file);
    CHECK(asset_hash(vector.contents, node_extension(vector.file)) == vector.hash);
    raxol::test::write_file(dir / vector.file, vector.contents);
    auto streamed = hash_file(dir / vector.file, node_extension(vector.file));
    REQUIRE(streamed.ok());
    CHECK(streamed->hash == vector.hash);
    CHECK(streamed->size == vector.contents.size());
  }
}

TEST_CASE("pages hash: official BLAKE3 test vectors", "[pages][blake3]") {
  std::ifstream in(raxol::test::source_path("tests/fixtures/blake3/test_vectors.json"));
  auto vectors = nlohmann::json::parse(in);
  REQUIRE(vectors["cases"].size() >= 20);
  for (const auto& entry : vectors["cases"]) {
    const size_t length = entry["input_len"];
    const std::string expected = entry["hash"];
    std::string input(length, '\0');
    for (size_t i = 0; i < length; ++i) input[i] = static_cast<char>(i % 251);
    INFO("input_len " << length);
    CHECK(blake3_hex(input, expected.size() / 2) == expected);
    CHECK(blake3_hex(input) == expected.substr(0, 64));  // the default 32-byte output
  }
}

TEST_CASE("pages hash: BLAKE3 agrees with Debian's b3sum", "[pages][blake3]") {
  std::mt19937 random(42);
  for (size_t length : {0ul, 1ul, 64ul, 1025ul, 65536ul, 300001ul}) {
    std::string input(length, '\0');
    for (auto& c : input) c = static_cast<char>(random());
    INFO("length " << length);
    CHECK(blake3_hex(input) == b3sum(input));
  }
  // The exact pipeline of the protocol notes' oracle: printf '%s' 'Zm9vYmFypng' | b3sum.
  CHECK(b3sum("Zm9vYmFypng").substr(0, 32) == "2082190357cfd3617ccfe04f340c6247");
}

TEST_CASE("pages hash: streaming equals hashing the whole file at piece boundaries",
          "[pages][blake3]") {
  TempDir dir;
  std::mt19937 random(7);
  for (size_t length : {49151ul, 49152ul, 49153ul, 98305ul, 1000000ul}) {
    std::string contents(length, '\0');
    for (auto& c : contents) c = static_cast<char>(random());
    raxol::test::write_file(dir / "blob.bin", contents);
    std::uint64_t reported = 0;
    auto streamed = hash_file(dir / "blob.bin", "bin", [&](std::uint64_t n) { reported += n; });
    REQUIRE(streamed.ok());
    INFO("length " << length);
    CHECK(streamed->hash == asset_hash(contents, "bin"));
    CHECK(reported == length);
  }
}

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

TEST_CASE("pages base64 matches Node's encoding", "[pages]") {
  std::string out;
  base64_append(out, "foobar");
  CHECK(out == "Zm9vYmFy");
  out.clear();
  base64_append(out, "x");
  CHECK(out == "eA==");
  out.clear();
  base64_append(out, "\xff\xfe");
  CHECK(out == "//4=");
  CHECK(base64_decode("eyJhIjoxfQ", Base64Alphabet::url).value() == "{\"a\":1}");
  CHECK_FALSE(base64_decode("not*base64", Base64Alphabet::url).has_value());
}
