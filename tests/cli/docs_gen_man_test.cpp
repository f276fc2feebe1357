// The man page: roff from the command data, every section, escaped text; groff renders it.
#include <catch2/catch.hpp>
#include <regex>

#include "cli/cli_info.h"
#include "cli/docs_gen.h"
#include "cli/shell_support.h"
#include "support/run_binary.h"

using raxol::test::run_binary;
using raxol::test::TempDir;

TEST_CASE("docs man: the page renders without warnings", "[docs][man]") {
  if (!raxol::test::shell_available("groff")) {
    WARN("groff is not installed: man page rendering not checked");
    return;
  }
  TempDir out;
  REQUIRE(run_binary({"docs", "generate", "--out", out.path().string()}).exit_code == 0);
  auto rendered =
      raxol::test::run_shell({"groff", "-man", "-Tutf8", "-ww", (out / "raxol-deploy.1").string()});
  INFO(rendered.err);
  CHECK(rendered.exit_code == 0);
  CHECK(rendered.err.empty());
  // grotty draws bold and underline by overstriking: "N\bN". Keep the plain text.
  rendered.out = std::regex_replace(rendered.out, std::regex(".\b"), "");
  for (const char* section : {"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "GLOBAL OPTIONS",
                              "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"})
    CHECK(rendered.out.find(std::string("\n") + section + "\n") != std::string::npos);
  CHECK(rendered.out.find("--strategy") != std::string::npos);
  CHECK(rendered.out.find("FLY_API_TOKEN") != std::string::npos);
}

TEST_CASE("docs man: sections commands and escaped hyphens", "[docs][man]") {
  const std::string page = raxol::man_page(raxol::describe_cli());
  CHECK(page.find(".TH RAXOL\\-DEPLOY 1 ") != std::string::npos);
  for (const char* section : {".SH NAME\n", ".SH SYNOPSIS\n", ".SH COMMANDS\n",
                              ".SH GLOBAL OPTIONS\n", ".SH EXIT STATUS\n", ".SH ENVIRONMENT\n",
                              ".SH FILES\n", ".SH EXAMPLES\n", ".SH SEE ALSO\n"})
    CHECK(page.find(section) != std::string::npos);
  CHECK(page.find(".SS \"secrets set\"\n") != std::string::npos);
  CHECK(page.find("\\fB\\-\\-strategy\\fR \\fIrolling|immediate|canary|bluegreen\\fR") !=
        std::string::npos);
  CHECK(page.find("(default: 60)") != std::string::npos);  // exec --timeout
  CHECK(page.find(".B 130\n") != std::string::npos);
  // Every hyphen is escaped: roff would print a bare "-" as a hyphen, not a minus.
  CHECK(page.find("--strategy") == std::string::npos);
  CHECK(page.find(".SS \"docs generate\"") == std::string::npos);  // hidden
}

TEST_CASE("docs man: destructive commands say they need --yes", "[docs][man]") {
  const std::string page = raxol::man_page(raxol::describe_cli());
  auto entry = [&](const std::string& name) {
    auto start = page.find(".SS \"" + name + "\"\n");
    REQUIRE(start != std::string::npos);
    return page.substr(start, page.find(".SS ", start + 1) - start);
  };
  CHECK(entry("secrets unset").find("it needs \\fB\\-\\-yes\\fR") != std::string::npos);
  CHECK(entry("secrets list").find("needs \\fB\\-\\-yes") == std::string::npos);
  CHECK(entry("releases").find("TARGET\\fR (optional)") != std::string::npos);
}
