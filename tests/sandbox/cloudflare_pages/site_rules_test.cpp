#include "sandbox/cloudflare_pages/site_rules.h"

#include <catch2/catch.hpp>

using namespace raxol::sandbox::cloudflare_pages;

TEST_CASE("pages emulator: _redirects rules as Pages parses them", "[pages][sandbox]") {
  auto rules = parse_redirects(
      "# comment\n"
      "/a /b\n"
      "/a /c 301\n"             // duplicate source: ignored
      "/* /index.html 200\n"    // infinite loop: ignored
      "/x https://e.com 999\n"  // bad status: ignored
      "/p /q 308 # inline comment\n"
      "/blog/:year/:slug /posts/:slug?y=:year 301\n"
      "/spa/* /app.html 200\n");
  REQUIRE(rules.size() == 4);
  CHECK(rules[0].status == 302);
  CHECK(match_redirect(rules, "/a")->to == "/b");
  CHECK(match_redirect(rules, "/p")->status == 308);
  auto blog = match_redirect(rules, "/blog/2026/hello");
  REQUIRE(blog);
  CHECK(blog->to == "/posts/hello?y=2026");
  CHECK(match_redirect(rules, "/spa/deep/link")->to == "/app.html");
  CHECK_FALSE(match_redirect(rules, "/blog/2026"));
}

TEST_CASE("pages emulator: _headers rules merge and detach", "[pages][sandbox]") {
  auto rules = parse_headers(
      "/*\n  X-Frame-Options: DENY\n  Link: </a.css>\n"
      "/css/*\n  Cache-Control: immutable\n  Link: </b.css>\n"
      "/css/print.css\n  ! X-Frame-Options\n"
      "https://:project.pages.dev/*\n  X-Robots-Tag: noindex\n");
  auto css = headers_for(rules, "/css/print.css");
  REQUIRE(css.size() == 2);
  CHECK(css[0] == std::pair<std::string, std::string>{"Link", "</a.css>, </b.css>"});
  CHECK(css[1].first == "Cache-Control");
  CHECK(headers_for(rules, "/index.html").size() == 2);
}
