// Content files by digest: written whole, read back, adopted from an upload, and digested in
// pieces.
#include "sandbox/registry/blob_files.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"
#include "util/digest.h"

using namespace raxol::sandbox::registry;

TEST_CASE("registry blob files: put read adopt and digest", "[sandbox][registry]") {
  raxol::test::TempDir dir;
  BlobFiles blobs(dir / "blobs");
  const std::string digest = raxol::sha256_digest("content");
  CHECK(blobs.path_of(digest) == dir / "blobs" / "sha256" / digest.substr(7, 2) / digest.substr(7));
  CHECK_FALSE(blobs.size_of(digest));
  CHECK_FALSE(blobs.read(digest));
  REQUIRE(blobs.put(digest, "content"));
  CHECK(blobs.read(digest) == "content");
  CHECK(blobs.size_of(digest) == 7u);

  const std::string big(300'000, 'q');
  raxol::test::write_file(dir / "upload", big);
  CHECK(file_digest(dir / "upload", "sha256") == raxol::sha256_digest(big));
  CHECK(file_digest(dir / "upload", "sha512") == raxol::digest_with("sha512", big));
  CHECK_FALSE(file_digest(dir / "upload", "md5"));
  CHECK_FALSE(file_digest(dir / "missing", "sha256"));
  const std::string big_digest = raxol::sha256_digest(big);
  REQUIRE(blobs.adopt(dir / "upload", big_digest));
  CHECK_FALSE(std::filesystem::exists(dir / "upload"));
  CHECK(blobs.size_of(big_digest) == big.size());
}
