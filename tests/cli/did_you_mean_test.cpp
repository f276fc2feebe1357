#include <catch2/catch.hpp>

#include "cli/did_you_mean.h"

using raxol::closest_word;
using raxol::edit_distance;

TEST_CASE("did you mean: edit distance counts insertions, deletions and substitutions", "[cli]") {
  CHECK(edit_distance("status", "status") == 0);
  CHECK(edit_distance("statuss", "status") == 1);
  CHECK(edit_distance("--imag", "--image") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("did you mean: only a close word is offered", "[cli]") {
  const std::vector<std::string> commands = {"plan", "deploy", "status", "secrets"};
  CHECK(closest_word("statuss", commands) == std::optional<std::string>("status"));
  CHECK(closest_word("delpoy", commands) == std::optional<std::string>("deploy"));
  CHECK_FALSE(closest_word("frobnicate", commands));
  CHECK_FALSE(closest_word("x", {}));
}
