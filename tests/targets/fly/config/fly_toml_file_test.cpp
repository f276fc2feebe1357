// fly.toml through the FileSystem seam: a missing file or a folder is a config error with a
// hint, relative paths resolve beside the file, and warnings render as text and JSON.
#include "targets/fly/config/fly_toml_file.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace raxol;
using raxol::test::TempDir;

TEST_CASE("fly toml file: reads a file and resolves paths beside it", "[fly][config]") {
  TempDir dir;
  raxol::test::write_file(dir.path() / "fly.toml",
                          "app = \"x\"\nbogus = 1\n[experimental]\n  machine_config = \"m.json\"\n");
  raxol::test::write_file(dir.path() / "m.json", "{\"auto_destroy\": true}");
  auto fs = make_local_filesystem();
  auto loaded = fly::read_fly_toml(*fs, (dir.path() / "fly.toml").string());
  INFO((loaded.ok() ? "" : loaded.error().message));
  REQUIRE(loaded.ok());
  CHECK(loaded->config.app == "x");
  CHECK(loaded->config.base_dir == dir.path());
  REQUIRE(loaded->warnings.size() == 1);
  const std::string text = fly::diagnostic_text(loaded->warnings[0]);
  CHECK(text.find(":2:1: bogus: ") != std::string::npos);
  auto json = fly::diagnostics_json(loaded->warnings);
  REQUIRE(json.size() == 1);
  CHECK(json[0]["key"] == "bogus");
  CHECK(json[0]["location"].get<std::string>().find("fly.toml:2:1") != std::string::npos);
  CHECK_FALSE(json[0]["message"].get<std::string>().empty());
}

TEST_CASE("fly toml file: a missing file or a folder is a config error", "[fly][config][errors]") {
  TempDir dir;
  auto fs = make_local_filesystem();
  auto missing = fly::read_fly_toml(*fs, (dir.path() / "fly.toml").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::config);
  CHECK(missing.error().message == (dir.path() / "fly.toml").string() + ": no such file");
  CHECK(missing.error().notes ==
        std::vector<std::string>{"pass the path of a fly.toml, or run in its folder (-C DIR)"});
  auto folder = fly::read_fly_toml(*fs, dir.path().string());
  REQUIRE_FALSE(folder.ok());
  CHECK(folder.error().kind == ErrorKind::config);
  CHECK(fly::diagnostic_text({{"fly.toml", 3, 1}, "", "deprecated"}) == "fly.toml:3:1: deprecated");
}
