// What the walk leaves out: wrangler's built-in names (minimatch semantics) and the ignore
// file's gitignore syntax.
#include "targets/cloudflare_pages/assets/ignore_rules.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace raxol::cloudflare_pages;
using raxol::test::TempDir;
using raxol::test::write_file;

TEST_CASE("pages walk: wrangler's built-in ignore rules", "[pages][walk]") {
  CHECK(builtin_ignore("_headers") == BuiltinMatch::ignored);
  CHECK(builtin_ignore("sub/_headers") == BuiltinMatch::none);
  CHECK(builtin_ignore("functions") == BuiltinMatch::ignored);
  CHECK(builtin_ignore("sub/functions") == BuiltinMatch::none);
  CHECK(builtin_ignore("Functions") == BuiltinMatch::none);
  CHECK(builtin_ignore(".wrangler") == BuiltinMatch::ignored);
  CHECK(builtin_ignore("node_modules") == BuiltinMatch::ignored);
  CHECK(builtin_ignore("a/b/node_modules") == BuiltinMatch::ignored);
  CHECK(builtin_ignore(".git") == BuiltinMatch::ignored);
  CHECK(builtin_ignore("a/.DS_Store") == BuiltinMatch::ignored);
  CHECK(builtin_ignore(".hidden/node_modules") == BuiltinMatch::exempted);
  CHECK(builtin_ignore(".x/.DS_Store") == BuiltinMatch::exempted);
  CHECK(builtin_ignore(".well-known/security.txt") == BuiltinMatch::none);
}

TEST_CASE("pages ignore file: the last matching line wins and ** crosses segments",
          "[pages][walk]") {
  auto ignore = IgnoreFile::parse("*.log\n!important.log\nimportant.log\n"
                                  "assets/**/raw\n**/tmp\ndocs/*.md\n");
  CHECK(ignore.ignored("important.log", false));  // re-included, then ignored again
  CHECK(ignore.ignored("a/b/c.log", false));
  CHECK(ignore.ignored("assets/raw", true));      // ** may stand for no segment
  CHECK(ignore.ignored("assets/x/y/raw", false));
  CHECK_FALSE(ignore.ignored("other/assets/raw", false));  // anchored by its '/'
  CHECK(ignore.ignored("tmp", true));
  CHECK(ignore.ignored("deep/down/tmp", false));
  CHECK(ignore.ignored("docs/readme.md", false));
  CHECK_FALSE(ignore.ignored("docs/sub/readme.md", false));  // '*' stays within a segment
  CHECK_FALSE(ignore.empty());
}

TEST_CASE("pages ignore file: wildcards - escapes - blank lines and CRLF", "[pages][walk]") {
  auto ignore = IgnoreFile::parse("# a comment\r\n\r\n   \r\nfile?.txt\r\n[ab]*.css  \r\n"
                                  "\\#hash\r\n\\!bang\r\n/\r\n");
  CHECK(ignore.ignored("file1.txt", false));
  CHECK_FALSE(ignore.ignored("file10.txt", false));  // '?' is one character
  CHECK(ignore.ignored("a.css", false));             // trailing spaces are dropped
  CHECK(ignore.ignored("b-theme.css", false));
  CHECK_FALSE(ignore.ignored("c.css", false));
  CHECK(ignore.ignored("#hash", false));  // an escaped '#' is a name, not a comment
  CHECK(ignore.ignored("!bang", false));  // an escaped '!' is a name, not a negation
  CHECK_FALSE(ignore.ignored("a comment", false));
  CHECK_FALSE(ignore.ignored("index.html", false));  // "/" alone matches nothing
  CHECK(IgnoreFile::parse("# only comments\n\n").empty());
  CHECK(IgnoreFile().empty());
  CHECK_FALSE(IgnoreFile().ignored("anything", false));
}

TEST_CASE("pages ignore file: loaded from disk - a missing file is a config error naming it",
          "[pages][walk]") {
  TempDir dir;
  write_file(dir / ".pagesignore", "*.map\n");
  auto loaded = IgnoreFile::load(dir / ".pagesignore");
  REQUIRE(loaded.ok());
  CHECK(loaded->ignored("js/app.js.map", false));
  auto missing = IgnoreFile::load(dir / "nope");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == raxol::ErrorKind::config);
  CHECK(missing.error().message.find((dir / "nope").string()) != std::string::npos);
}

TEST_CASE("pages built-in ignore rules: root-only names - case and empty paths", "[pages][walk]") {
  for (const char* name : {"_worker.js", "_redirects", "_routes.json", "functions", ".wrangler"}) {
    INFO(name);
    CHECK(builtin_ignore(name) == BuiltinMatch::ignored);
    CHECK(builtin_ignore(std::string("sub/") + name) == BuiltinMatch::none);
  }
  CHECK(builtin_ignore("") == BuiltinMatch::none);
  CHECK(builtin_ignore("NODE_MODULES") == BuiltinMatch::none);  // case-sensitive
  CHECK(builtin_ignore("node_modules/x.js") == BuiltinMatch::none);  // the directory is the match
  CHECK(builtin_ignore("a/.git") == BuiltinMatch::ignored);
  CHECK(builtin_ignore(".cache/a/.git") == BuiltinMatch::exempted);
}
