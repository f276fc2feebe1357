// Which release a rollback returns to: the one rule every kind shares.
#include "targets/kit/release_choice.h"

#include <catch2/catch.hpp>

using namespace raxol;

namespace {

Release release(std::string id, std::string version, ReleaseStatus status, bool current = false) {
  Release r;
  r.id = std::move(id);
  r.version = std::move(version);
  r.status = status;
  r.current = current;
  return r;
}

// Newest first: v4 failed, v3 serving, v2 failed, v1 complete.
std::vector<Release> history() {
  return {release("c4d1", "v4", ReleaseStatus::failed),
          release("b3e2", "v3", ReleaseStatus::complete, true),
          release("a2f3", "v2", ReleaseStatus::failed),
          release("9a14", "v1", ReleaseStatus::complete)};
}

}  // namespace

TEST_CASE("release choice: by default the last complete release before the current one",
          "[kit][rollback]") {
  auto chosen = choose_rollback_release(history(), "", "app", "fly");
  REQUIRE(chosen.ok());
  CHECK(chosen->version == "v1");
  // No current release marked: the newest complete one.
  auto none = history();
  for (auto& r : none) r.current = false;
  CHECK(choose_rollback_release(none, "", "app", "fly")->version == "v3");
}

TEST_CASE("release choice: --to names a release by id, version, number or id prefix",
          "[kit][rollback]") {
  CHECK(choose_rollback_release(history(), "v1", "app", "fly")->id == "9a14");
  CHECK(choose_rollback_release(history(), "1", "app", "fly")->id == "9a14");
  CHECK(choose_rollback_release(history(), "9a14", "app", "fly")->version == "v1");
  auto long_ids = history();
  long_ids[3].id = "9a14ffee00112233";
  CHECK(choose_rollback_release(long_ids, "9a14ff", "app", "fly")->version == "v1");
}

TEST_CASE("release choice: refusals and unknown releases", "[kit][rollback]") {
  auto current = choose_rollback_release(history(), "v3", "app", "fly");
  REQUIRE_FALSE(current.ok());
  CHECK(current.error().kind == ErrorKind::usage);
  CHECK(current.error().message == "v3 is already serving app");

  auto failed = choose_rollback_release(history(), "v2", "app", "fly");
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().kind == ErrorKind::usage);
  CHECK(failed.error().message == "v2 did not complete (failed); only a complete release can serve again");

  auto unknown = choose_rollback_release(history(), "v9", "app", "fly");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().kind == ErrorKind::not_found);
  CHECK(unknown.error().message == "release v9 of app not found");
  REQUIRE(unknown.error().notes.size() == 1);
  CHECK(unknown.error().notes[0] == "known releases: v1 to v4 (raxol-deploy releases fly)");

  // A prefix shorter than 4 characters is not an id.
  CHECK(choose_rollback_release(history(), "9a", "app", "fly").error().kind == ErrorKind::not_found);

  auto ambiguous = history();
  ambiguous[1].id = "abcd01";
  ambiguous[3].id = "abcd02";
  ambiguous[1].current = false;
  auto two = choose_rollback_release(ambiguous, "abcd", "app", "fly");
  REQUIRE_FALSE(two.ok());
  CHECK(two.error().message == "'abcd' names 2 releases of app; give more of the id");

  CHECK(choose_rollback_release({}, "", "app", "fly").error().message ==
        "app has no releases to roll back to");
  std::vector<Release> only_current = {release("x1", "v1", ReleaseStatus::complete, true)};
  CHECK(choose_rollback_release(only_current, "", "app", "fly").error().message ==
        "no earlier complete release of app to roll back to");
}
