// `raxol-deploy completion`: which shell, and the hidden --list-targets the scripts call.
// The scripts themselves: completion_bash_test.cpp, completion_zsh_test.cpp,
// completion_fish_test.cpp.
#include <catch2/catch.hpp>

#include "support/run_binary.h"

using raxol::test::run_binary;

TEST_CASE("completion: --list-targets prints the project's target names", "[completion]") {
  auto listed =
      run_binary({"completion", "--list-targets"}, {}, raxol::test::source_path("examples/raxol"));
  REQUIRE(listed.exit_code == 0);
  CHECK(listed.out == "fly\npages\ngh-pages\n");
}

TEST_CASE("completion: a missing or unknown shell is a usage error", "[completion]") {
  CHECK(run_binary({"completion"}).exit_code == 2);
  auto unknown = run_binary({"completion", "powershell"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("powershell") != std::string::npos);
}
