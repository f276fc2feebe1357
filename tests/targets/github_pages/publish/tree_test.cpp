// Trees without a checkout: composing the branch's files in memory, diffs, and the git side
// (blobs, trees, a folder staged with its exclude patterns) against a real cache repository.
#include "targets/github_pages/publish/tree.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/git/git.h"
#include "targets/github_pages/git/remote.h"
#include "targets/github_pages/pages_test_support.h"
#include "util/strings.h"
#include "targets/github_pages/publish/cache_repo.h"

using namespace raxol;
using namespace raxol::github_pages;
using namespace raxol::test;
using namespace raxol::test::ghp;

namespace {
TreeEntry blob(const std::string& sha) { return {"100644", sha}; }
}  // namespace

TEST_CASE("gh-pages compose: append-only folders keep the branch's files the site lacks",
          "[gh-pages][perf]") {
  TreeEntries base = {{"performance/index.html", blob("old")},
                      {"performance/data/runs/2026/12/a.json", blob("theirs")},
                      {"performance/data/runs/2026/12/b.json", blob("b-on-branch")},
                      {"performance/data/series/x.json", blob("old-series")}};
  TreeEntries site = {{"index.html", blob("new")},
                      {"data/runs/2026/12/b.json", blob("b-ours")},
                      {"data/runs/2026/12/c.json", blob("ours")}};
  ComposeOptions options;
  options.destination = "performance";
  options.append_only = {"data/runs"};
  auto result = compose_entries(base, site, options);
  CHECK(result.at("performance/data/runs/2026/12/a.json").sha == "theirs");  // kept
  CHECK(result.at("performance/data/runs/2026/12/b.json").sha == "b-ours");  // the site wins
  CHECK(result.at("performance/data/runs/2026/12/c.json").sha == "ours");
  CHECK(result.at("performance/index.html").sha == "new");
  CHECK(result.count("performance/data/series/x.json") == 0);  // derived: replaced as usual
}

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

TEST_CASE("gh-pages compose: keep_files overlays - file/folder clashes are resolved",
          "[gh-pages]") {
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

TEST_CASE("gh-pages trees: diffs name added - changed and removed paths", "[gh-pages]") {
  TreeEntries before = {{"a", blob("1")}, {"b", blob("2")}, {"c", blob("3")}};
  TreeEntries after = {{"a", blob("1")}, {"b", blob("9")}, {"d", blob("4")}};
  TreeDiff diff = diff_entries(before, after);
  CHECK(diff.added == std::vector<std::string>{"d"});
  CHECK(diff.changed == std::vector<std::string>{"b"});
  CHECK(diff.removed == std::vector<std::string>{"c"});
  CHECK(diff_entries(before, before).empty());
  TreeEntries executable = before;
  executable["a"].mode = "100755";
  CHECK(diff_entries(before, executable).changed == std::vector<std::string>{"a"});
}

TEST_CASE("gh-pages trees: blobs - trees and a staged folder in a real cache", "[gh-pages]") {
  PagesTestContext test;
  TempDir dir;
  git({"init", "--quiet", "--bare", (dir / "remote.git").string()});
  auto remote = resolve_remote("file://" + (dir / "remote.git").string(), "", GitHubEndpoints{});
  REQUIRE(remote.ok());
  auto cache = CacheRepo::open(test.context(), dir / "project", *remote, "gh-pages", {});
  REQUIRE(cache.ok());
  Git& repo = (*cache)->git();

  auto sha = write_blob(repo, "hello\n");
  REQUIRE(sha.ok());
  CHECK(*sha == "ce013625030ba8dba906f756967f9e9ca394464a");  // git's own id of "hello\n"
  CHECK(read_blob(repo, *sha).value() == "hello\n");
  CHECK(write_blob(repo, "").value() == kEmptyBlob);
  CHECK(blob_bytes(repo, {*sha, kEmptyBlob}).value() == 6);
  CHECK(list_tree(repo, "").value().empty());
  CHECK(list_tree(repo, kEmptyTree).value().empty());

  write_file(dir / "site" / "index.html", "<h1>hi</h1>");
  write_file(dir / "site" / "js" / "app.js", "x");
  write_file(dir / "site" / "js" / "app.js.map", "{}");
  write_file(dir / "site" / ".raxol" / "state", "ours");
  auto tree = build_directory_tree(**cache, dir / "site", {"*.map"});
  REQUIRE(tree.ok());
  auto entries = list_tree(repo, *tree);
  REQUIRE(entries.ok());
  std::vector<std::string> paths;
  for (const auto& [path, entry] : *entries) paths.push_back(path);
  CHECK(paths == std::vector<std::string>{"index.html", "js/app.js"});

  ComposeOptions options;
  options.destination = "docs";
  TreeEntries composed = compose_entries({}, *entries, options);
  auto written = write_tree(**cache, composed);
  REQUIRE(written.ok());
  auto listed = list_tree(repo, *written);
  REQUIRE(listed.ok());
  CHECK(listed->count("docs/index.html") == 1);
  CHECK(listed->at(".nojekyll").sha == kEmptyBlob);
  GitCall commit_tree;
  commit_tree.args = {"commit-tree", *written, "-m", "test"};
  commit_tree.env = {{"GIT_AUTHOR_NAME", "T"}, {"GIT_AUTHOR_EMAIL", "t@example.org"},
                     {"GIT_COMMITTER_NAME", "T"}, {"GIT_COMMITTER_EMAIL", "t@example.org"}};
  auto commit = repo.output(commit_tree);
  REQUIRE(commit.ok());
  CHECK(subtree_of(repo, trim(*commit), "docs").value() == *tree);
  CHECK(subtree_of(repo, trim(*commit), "nowhere").value() == kEmptyTree);
}
