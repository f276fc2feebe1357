// The GitHub Actions job summary: appended only inside Actions, redacted like any output, and
// a file that cannot be written is a warning, not a failure.
#include "core/ci_summary.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::test;

TEST_CASE("ci summary: appended inside GitHub Actions only - redacted", "[core][ci-summary]") {
  ghp::PagesTestContext test;
  TempDir dir;
  const auto file = dir / "summary.md";
  test.env().set("GITHUB_STEP_SUMMARY", file.string());
  test.env().set("GITHUB_ACTIONS", std::nullopt);
  append_step_summary(test.context(), "| a | b |");
  CHECK_FALSE(std::filesystem::exists(file));  // not in Actions: nothing written

  test.env().set("GITHUB_ACTIONS", "true");
  test.context().redactor.add("tok-secret-123");
  append_step_summary(test.context(), "| deploy | ok |");
  append_step_summary(test.context(), "token tok-secret-123 leaked?");
  CHECK(read_file(file) == "| deploy | ok |\n\ntoken [REDACTED] leaked?\n\n");

  test.env().set("GITHUB_STEP_SUMMARY", "");
  append_step_summary(test.context(), "nowhere");  // no file named: nothing, no warning
  CHECK(test.err().find("job summary") == std::string::npos);
}

TEST_CASE("ci summary: a file that cannot be written is a warning", "[core][ci-summary]") {
  ghp::PagesTestContext test;
  TempDir dir;
  test.env().set("GITHUB_ACTIONS", "true");
  test.env().set("GITHUB_STEP_SUMMARY", dir.path().string());  // a directory, not a file
  append_step_summary(test.context(), "x");
  CHECK(test.err().find("could not write the job summary") != std::string::npos);
}
