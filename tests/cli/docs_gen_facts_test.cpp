// The exit-code and environment facts of the generated docs.
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <set>

#include "cli/docs_gen.h"
#include "support/run_binary.h"

using raxol::test::read_file;
using raxol::test::source_path;

TEST_CASE("docs facts: exit codes agree with docs/exit-codes.md", "[docs][facts]") {
  std::string page = read_file(source_path("docs/exit-codes.md"));
  std::regex row(R"(\n\| *(\d+) *\|[^\n]*\| *([^|\n]*)\|)");
  std::map<int, std::string> documented;  // code -> kinds column
  for (std::sregex_iterator it(page.begin(), page.end(), row), end; it != end; ++it)
    documented[std::stoi((*it)[1])] = (*it)[2];
  auto table = raxol::exit_code_table();
  CHECK(documented.size() == table.size());
  for (const auto& code : table) {
    INFO("exit code " << code.code);
    REQUIRE(documented.count(code.code) == 1);
    for (const auto& kind : code.kinds)
      CHECK(documented[code.code].find("`" + kind + "`") != std::string::npos);
  }
}

TEST_CASE("docs facts: every error kind has one exit code and 130 is interrupted",
          "[docs][facts]") {
  std::map<std::string, int> seen;
  for (const auto& row : raxol::exit_code_table())
    for (const auto& kind : row.kinds) {
      INFO(kind);
      CHECK(seen.count(kind) == 0);
      seen[kind] = row.code;
    }
  CHECK(seen.at("usage") == 2);
  CHECK(seen.at("config") == 2);
  CHECK(seen.at("auth") == 3);
  CHECK(seen.at("interrupted") == 130);
  CHECK(raxol::common_exit_codes() == std::vector<int>{0, 1, 2, 3, 130});
  CHECK(raxol::exit_code_info(3).code == 3);
  CHECK(raxol::exit_code_info(99).code == 1);  // an unknown code reads as plain failure
}

TEST_CASE("docs facts: credential variables come first and say they are redacted",
          "[docs][facts]") {
  auto variables = raxol::environment_variables();
  REQUIRE_FALSE(variables.empty());
  std::set<std::string> names;
  bool in_credentials = true;
  for (const auto& variable : variables) {
    INFO(variable.name);
    CHECK(names.insert(variable.name).second);
    const bool redacted = variable.meaning.find("redacted") != std::string::npos;
    if (!redacted) in_credentials = false;
    CHECK((redacted == in_credentials));
  }
  for (const char* name :
       {"FLY_API_TOKEN", "CLOUDFLARE_API_TOKEN", "GITHUB_TOKEN", "NO_COLOR", "RAXOL_AUDIT_LOG"})
    CHECK(names.count(name) == 1);
}
