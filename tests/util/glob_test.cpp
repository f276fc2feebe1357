#include <catch2/catch.hpp>

#include <chrono>

#include "util/glob.h"

using namespace raxol;

TEST_CASE("glob: * stays in a segment, ** crosses, ? is one character", "[util][glob]") {
  CHECK(glob_matches("/v1/apps/*/machines", "/v1/apps/web/machines"));
  CHECK_FALSE(glob_matches("/v1/apps/*", "/v1/apps/web/machines"));
  CHECK(glob_matches("/v1/apps/**", "/v1/apps/web/machines"));
  CHECK(glob_matches("/v1/**/lease", "/v1/apps/web/machines/1/lease"));
  CHECK(glob_matches("**", ""));
  CHECK(glob_matches("*", ""));
  CHECK(glob_matches("web-?", "web-2"));
  CHECK_FALSE(glob_matches("web-?", "web-"));
  CHECK_FALSE(glob_matches("a?b", "a/b"));
  CHECK(glob_matches("*.example.com", "www.example.com"));
  CHECK_FALSE(glob_matches("*.example.com", "example.com"));
  CHECK(glob_matches("exact", "exact"));
  CHECK_FALSE(glob_matches("exact", "exactly"));
  CHECK(glob_matches("", ""));
  CHECK_FALSE(glob_matches("", "x"));
  CHECK(glob_matches("***", "a/b"));  // "**" then "*"
  CHECK(glob_matches_any({"x", "web-*"}, "web-1"));
  CHECK_FALSE(glob_matches_any({}, "web-1"));
}

TEST_CASE("glob: a pathological pattern still answers at once", "[util][glob]") {
  // "*a*a*a...b" against "aaaa...": exponential for a backtracking matcher.
  std::string pattern;
  for (int i = 0; i < 300; ++i) pattern += "*a";
  pattern += "b";
  const std::string text(5000, 'a');
  CHECK_FALSE(glob_matches(pattern, text));
  CHECK(glob_matches(pattern.substr(0, pattern.size() - 1), text));
}
