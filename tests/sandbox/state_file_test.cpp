// The shared state document: the initial document, changes seen by another instance on the
// same file (which waits for the write-behind save), reads that never save, a corrupt file,
// and the save on destruction.
#include "sandbox/state_file.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace raxol::sandbox;
using nlohmann::json;

namespace {
json snapshot(StateFile& file) {
  json copy;
  file.read([&](const json& document) { copy = document; });
  return copy;
}
}  // namespace

TEST_CASE("state file: one document shared by every instance on the file", "[sandbox][state]") {
  raxol::test::TempDir dir;
  const auto path = dir / "world.json";
  StateFile first(path, {{"apps", json::object()}});
  CHECK(snapshot(first) == json{{"apps", json::object()}});
  CHECK_FALSE(std::filesystem::exists(path));  // reading saves nothing

  first.update([](json& document) {
    document["apps"]["web"] = 1;
    return true;
  });
  // Another instance (another process, in real use) waits for the pending save, then reads it.
  StateFile second(path, json::object());
  CHECK(snapshot(second)["apps"]["web"] == 1);
  CHECK(json::parse(raxol::test::read_file(path))["apps"]["web"] == 1);

  second.update([](json& document) {
    document["apps"]["api"] = 2;
    return true;
  });
  second.flush();
  CHECK(snapshot(first)["apps"] == json{{"web", 1}, {"api", 2}});
  // An update that says it changed nothing is not saved.
  first.update([](json& document) {
    document["apps"]["ghost"] = 3;
    return false;
  });
  first.flush();
  CHECK_FALSE(json::parse(raxol::test::read_file(path))["apps"].contains("ghost"));
}

TEST_CASE("state file: a corrupt file starts over, destruction saves", "[sandbox][state]") {
  raxol::test::TempDir dir;
  const auto path = dir / "nested" / "world.json";
  {
    StateFile file(path, {{"n", 0}});
    file.update([](json& document) {
      document["n"] = 41;
      return true;
    });
  }  // saved here
  CHECK(json::parse(raxol::test::read_file(path))["n"] == 41);
  raxol::test::write_file(path, "{edited by hand, badly");
  StateFile reopened(path, {{"n", 0}});
  CHECK(snapshot(reopened) == json{{"n", 0}});
}
