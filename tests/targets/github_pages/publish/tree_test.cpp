#include <catch2/catch.hpp>

#include "targets/github_pages/publish/tree.h"

using namespace raxol::github_pages;

namespace {
TreeEntry blob(const std::string& sha) { return {"100644", sha}; }
}  // namespace

TEST_CASE("gh-pages compose: a subdirectory publish replaces only that subdirectory",
          "[gh-pages]") {
  TreeEntries base = {{"index.html", blob("a")},
                      {"CNAME", blob("c")},
                      {"performance/old.html", blob("o")},
                      {"performance/data.json", blob("d1")},
                      {"performanceX/keep.txt", blob("k")}};
  TreeEntries site = {{"data.json", blob("d2")}, {"index.html", blob("i")}};
  ComposeOptions options;
  options.destination = "performance";
  auto result = compose_entries(base, site, options);
  CHECK(result.count("performance/old.html") == 0);
  CHECK(result.at("performance/data.json").sha == "d2");
  CHECK(result.at("index.html").sha == "a");
  CHECK(result.at("CNAME").sha == "c");
  CHECK(result.at("performanceX/keep.txt").sha == "k");
  CHECK(result.at(".nojekyll").sha == kEmptyBlob);

  auto diff = diff_entries(base, result);
  CHECK(diff.added == std::vector<std::string>{".nojekyll", "performance/index.html"});
  CHECK(diff.changed == std::vector<std::string>{"performance/data.json"});
  CHECK(diff.removed == std::vector<std::string>{"performance/old.html"});
}

TEST_CASE("gh-pages compose: keep_files overlays, file/folder clashes are resolved", "[gh-pages]") {
  TreeEntries base = {{"docs/old.html", blob("o")}, {"docs/a", blob("file")}};
  TreeEntries site = {{"a/b.html", blob("b")}, {"new.html", blob("n")}};
  ComposeOptions options;
  options.destination = "docs";
  options.keep_files = true;
  options.nojekyll = false;
  auto result = compose_entries(base, site, options);
  CHECK(result.at("docs/old.html").sha == "o");
  CHECK(result.count("docs/a") == 0);  // a file where a folder now goes
  CHECK(result.at("docs/a/b.html").sha == "b");
  CHECK(result.count(".nojekyll") == 0);
}

TEST_CASE("gh-pages compose: a clean root publish keeps the branch's CNAME", "[gh-pages]") {
  TreeEntries base = {{"CNAME", blob("c")}, {"old.html", blob("o")}, {".nojekyll", blob("e")}};
  TreeEntries site = {{"index.html", blob("i")}};
  auto result = compose_entries(base, site, ComposeOptions{});
  CHECK(result.at("CNAME").sha == "c");
  CHECK(result.count("old.html") == 0);
  CHECK(result.size() == 3);

  TreeEntries site_with_cname = {{"index.html", blob("i")}, {"CNAME", blob("mine")}};
  CHECK(compose_entries(base, site_with_cname, ComposeOptions{}).at("CNAME").sha == "mine");
  ComposeOptions rollback;
  rollback.site_cname_wins = false;
  CHECK(compose_entries(base, site_with_cname, rollback).at("CNAME").sha == "c");
  ComposeOptions configured;
  configured.cname_blob = "cfg";
  CHECK(compose_entries(base, site_with_cname, configured).at("CNAME").sha == "cfg");
}
