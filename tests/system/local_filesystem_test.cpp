// The local FileSystem: atomic writes, appends, listing, and errors that name the path.
#include <catch2/catch.hpp>

#include "raxol/filesystem.h"
#include "support/run_binary.h"

using namespace raxol;
using raxol::test::TempDir;
namespace fs = std::filesystem;

TEST_CASE("local filesystem: write then read back, bytes exact", "[system][fs]") {
  TempDir dir;
  auto files = make_local_filesystem();
  const std::string content("line 1\r\nline 2\n\0binary\xff", 23);
  const fs::path path = dir / "nested/deeper/state.json";
  REQUIRE(files->write_file_atomic(path, content).ok());  // parent folders are created
  auto read = files->read_file(path);
  REQUIRE(read.ok());
  CHECK(read.value() == content);
  CHECK(read->size() == 23);

  // Overwriting replaces the whole file and leaves no temporary file beside it.
  REQUIRE(files->write_file_atomic(path, "short").ok());
  CHECK(files->read_file(path).value() == "short");
  auto entries = files->list_directory(path.parent_path());
  REQUIRE(entries.ok());
  CHECK(entries.value() == std::vector<fs::path>{path});

  REQUIRE(files->write_file_atomic(dir / "empty", "").ok());
  CHECK(files->read_file(dir / "empty").value().empty());
}

TEST_CASE("local filesystem: reading a missing file is an error naming the path", "[system][fs]") {
  TempDir dir;
  auto files = make_local_filesystem();
  const fs::path missing = dir / "no-such-file.toml";
  auto read = files->read_file(missing);
  REQUIRE_FALSE(read.ok());
  CHECK(read.error().kind == ErrorKind::failed);
  CHECK(read.error().message == missing.string() + ": No such file or directory");
}

TEST_CASE("local filesystem: reading a directory is an error, not an empty file", "[system][fs]") {
  TempDir dir;
  auto files = make_local_filesystem();
  auto read = files->read_file(dir.path());
  REQUIRE_FALSE(read.ok());
  CHECK(read.error().kind == ErrorKind::failed);
  CHECK(read.error().message == dir.path().string() + ": Is a directory");
}

TEST_CASE("local filesystem: writes that cannot happen name the path", "[system][fs]") {
  TempDir dir;
  auto files = make_local_filesystem();
  REQUIRE(files->write_file_atomic(dir / "plain", "x").ok());
  // A regular file in the way of a parent folder.
  const fs::path blocked = dir / "plain/child.json";
  auto write = files->write_file_atomic(blocked, "y");
  REQUIRE_FALSE(write.ok());
  CHECK(write.error().kind == ErrorKind::failed);
  CHECK(write.error().message.find(blocked.string()) == 0);

  auto append = files->append_line(blocked, "y");
  REQUIRE_FALSE(append.ok());
  CHECK(append.error().message.find(blocked.string() + ": ") == 0);

  auto mkdir = files->create_directories(dir / "plain/sub");
  REQUIRE_FALSE(mkdir.ok());
  CHECK(mkdir.error().message.find((dir / "plain/sub").string() + ": ") == 0);

  // Renaming over a directory fails, and the temporary file does not stay behind.
  REQUIRE(files->create_directories(dir / "taken/inside").ok());
  auto over_dir = files->write_file_atomic(dir / "taken", "z");
  REQUIRE_FALSE(over_dir.ok());
  CHECK(over_dir.error().message.find((dir / "taken").string() + ": ") == 0);
  CHECK(files->is_directory(dir / "taken"));
  CHECK(files->list_directory(dir.path()).value() ==
        std::vector<fs::path>{dir / "plain", dir / "taken"});
}

TEST_CASE("local filesystem: append_line adds whole lines", "[system][fs]") {
  TempDir dir;
  auto files = make_local_filesystem();
  const fs::path log = dir / "logs/audit.jsonl";
  REQUIRE(files->append_line(log, R"({"n":1})").ok());
  REQUIRE(files->append_line(log, R"({"n":2})").ok());
  REQUIRE(files->append_line(log, "").ok());
  CHECK(files->read_file(log).value() == "{\"n\":1}\n{\"n\":2}\n\n");
}

TEST_CASE("local filesystem: exists, is_directory and create_directories", "[system][fs]") {
  TempDir dir;
  auto files = make_local_filesystem();
  REQUIRE(files->write_file_atomic(dir / "file", "x").ok());
  CHECK(files->exists(dir / "file"));
  CHECK_FALSE(files->is_directory(dir / "file"));
  CHECK(files->exists(dir.path()));
  CHECK(files->is_directory(dir.path()));
  CHECK_FALSE(files->exists(dir / "missing"));
  CHECK_FALSE(files->is_directory(dir / "missing"));
  CHECK_FALSE(files->exists(dir / "file/below"));

  REQUIRE(files->create_directories(dir / "a/b/c").ok());
  CHECK(files->is_directory(dir / "a/b/c"));
  CHECK(files->create_directories(dir / "a/b/c").ok());  // already there: fine
}

TEST_CASE("local filesystem: list_directory is sorted and not recursive", "[system][fs]") {
  TempDir dir;
  auto files = make_local_filesystem();
  for (const char* name : {"b.txt", "a.txt", "c/inner.txt", ".hidden"})
    REQUIRE(files->write_file_atomic(dir / name, name).ok());
  auto entries = files->list_directory(dir.path());
  REQUIRE(entries.ok());
  CHECK(entries.value() ==
        std::vector<fs::path>{dir / ".hidden", dir / "a.txt", dir / "b.txt", dir / "c"});

  REQUIRE(files->create_directories(dir / "empty").ok());
  CHECK(files->list_directory(dir / "empty").value().empty());

  auto missing = files->list_directory(dir / "missing");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::failed);
  CHECK(missing.error().message.find((dir / "missing").string() + ": ") == 0);
  auto not_dir = files->list_directory(dir / "a.txt");
  REQUIRE_FALSE(not_dir.ok());
  CHECK(not_dir.error().message.find((dir / "a.txt").string() + ": ") == 0);
}
