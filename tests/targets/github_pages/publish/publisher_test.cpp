// The publish machinery against a local bare repository (file://), with the real git CLI.
#include "targets/github_pages/publish/publisher.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/pages_test_support.h"
#include "targets/github_pages/publish/history.h"

using namespace raxol;
using namespace raxol::github_pages;
using namespace raxol::test;
using namespace raxol::test::ghp;

namespace {

struct Fixture {
  PagesTestContext test;
  TempDir dir;
  std::filesystem::path remote_dir = dir / "remote.git";
  std::filesystem::path site = dir / "site";
  std::unique_ptr<CacheRepo> cache;
  PagesSettings settings;

  Fixture() {
    git({"init", "--quiet", "--bare", remote_dir.string()});
    settings.directory = "site";
    settings.destination_dir = "performance";
    open_cache(dir / "project");
  }

  void open_cache(const std::filesystem::path& project) {
    auto remote = resolve_remote("file://" + remote_dir.string(), "", GitHubEndpoints{});
    REQUIRE(remote.ok());
    auto opened = CacheRepo::open(test.context(), project, *remote, settings.branch, {});
    REQUIRE(opened.ok());
    cache = std::move(opened).value();
  }

  // Builds the site tree and publishes it; returns what happened.
  PushOutcome publish(const std::string& message = "deploy: test") {
    auto tip = cache->fetch();
    REQUIRE(tip.ok());
    PublishSource source;
    auto tree = build_directory_tree(*cache, site, settings.exclude);
    REQUIRE(tree.ok());
    source.site_tree = *tree;
    source.keep_files = settings.keep_files;
    source.message = message;
    source.author = {"Pat", "pat@example.org"};
    Publisher publisher(*cache, settings, test.context());
    auto prepared = publisher.prepare(source, *tip, true);
    REQUIRE(prepared.ok());
    auto pushed = publisher.push(source, *prepared);
    INFO(test.err());
    REQUIRE(pushed.ok());
    return *pushed;
  }
};

}  // namespace

TEST_CASE(
    "gh-pages publish: one commit per publish; other files and CNAME kept; unchanged "
    "makes none",
    "[gh-pages]") {
  Fixture f;
  commit_files(f.remote_dir, "gh-pages",
               {{"CNAME", "raxol.example.org\n"}, {"index.html", "home"}, {"blog/a.html", "a"}});
  write_file(f.site / "index.html", "dashboard");
  write_file(f.site / "data.json", "{}");

  auto first = f.publish();
  CHECK_FALSE(first.unchanged);
  CHECK(first.attempts == 1);
  auto files = branch_files(f.remote_dir, "gh-pages");
  CHECK(files.at("CNAME") == "raxol.example.org\n");
  CHECK(files.at("index.html") == "home");
  CHECK(files.at("blog/a.html") == "a");
  CHECK(files.at("performance/index.html") == "dashboard");
  CHECK(files.count(".nojekyll") == 1);
  CHECK(commit_count(f.remote_dir, "gh-pages") == 2);
  CHECK(git({"log", "-1", "--format=%s|%an <%ae>", "gh-pages"}, f.remote_dir) ==
        "deploy: test|Pat <pat@example.org>");

  auto again = f.publish();
  CHECK(again.unchanged);
  CHECK(commit_count(f.remote_dir, "gh-pages") == 2);

  write_file(f.site / "data.json", "{\"v\": 2}");
  std::filesystem::remove(f.site / "index.html");
  auto second = f.publish();
  CHECK(second.diff.changed == std::vector<std::string>{"performance/data.json"});
  CHECK(second.diff.removed == std::vector<std::string>{"performance/index.html"});
  CHECK(commit_count(f.remote_dir, "gh-pages") == 3);
  auto history = publish_history(f.cache->git(), f.cache->tracking_ref(), "performance", 10);
  REQUIRE(history.ok());
  REQUIRE(history->size() == 2);  // the seed commit did not touch performance/
  CHECK(history->front().sha == second.commit);
}

TEST_CASE("gh-pages publish: exclude patterns and keep_files", "[gh-pages]") {
  Fixture f;
  f.settings.destination_dir = "";
  write_file(f.site / "index.html", "i");
  write_file(f.site / "app.js.map", "map");
  write_file(f.site / "drafts/d.html", "d");
  f.publish();
  CHECK(branch_files(f.remote_dir, "gh-pages").count("app.js.map") == 1);

  f.settings.exclude = {"*.map", "/drafts/"};
  f.publish();
  auto files = branch_files(f.remote_dir, "gh-pages");
  CHECK(files.count("app.js.map") == 0);
  CHECK(files.count("drafts/d.html") == 0);
  CHECK(files.count("index.html") == 1);

  f.settings.keep_files = true;
  std::filesystem::remove(f.site / "index.html");
  write_file(f.site / "new.html", "n");
  f.publish();
  files = branch_files(f.remote_dir, "gh-pages");
  CHECK(files.count("index.html") == 1);  // kept
  CHECK(files.count("new.html") == 1);
}

TEST_CASE("gh-pages publish: a cname setting writes CNAME - a root publish keeps it later",
          "[gh-pages]") {
  Fixture f;
  f.settings.destination_dir = "";
  f.settings.cname = "docs.example.org";
  write_file(f.site / "index.html", "i");
  f.publish();
  CHECK(branch_files(f.remote_dir, "gh-pages").at("CNAME") == "docs.example.org\n");
  f.settings.cname.clear();
  write_file(f.site / "index.html", "i2");
  f.publish();
  CHECK(branch_files(f.remote_dir, "gh-pages").at("CNAME") == "docs.example.org\n");
}

TEST_CASE("gh-pages publish: a rejected push is re-applied on the new tip - not forced",
          "[gh-pages]") {
  Fixture f;
  write_file(f.site / "index.html", "ours");
  auto tip = f.cache->fetch();
  REQUIRE(tip.ok());
  PublishSource source;
  source.site_tree = *build_directory_tree(*f.cache, f.site, {});
  source.message = "deploy: ours";
  source.author = {"Pat", "pat@example.org"};
  Publisher publisher(*f.cache, f.settings, f.test.context());
  auto prepared = publisher.prepare(source, *tip, false);
  REQUIRE(prepared.ok());
  // Another publisher lands first, in another folder.
  std::string theirs = commit_files(f.remote_dir, "gh-pages", {{"other/x.html", "theirs"}});
  auto pushed = publisher.push(source, *prepared);
  INFO(f.test.err());
  REQUIRE(pushed.ok());
  CHECK(pushed->attempts == 2);
  CHECK(pushed->parent == theirs);
  auto files = branch_files(f.remote_dir, "gh-pages");
  CHECK(files.at("other/x.html") == "theirs");
  CHECK(files.at("performance/index.html") == "ours");
  CHECK(git({"rev-parse", "gh-pages^"}, f.remote_dir) == theirs);
  CHECK(f.test.clock().sleeps().size() == 1);  // one backoff
}

TEST_CASE("gh-pages publish: a refusal that is not a race fails with git's words", "[gh-pages]") {
  Fixture f;
  write_file(f.remote_dir / "hooks" / "pre-receive",
             "#!/bin/sh\necho 'protected branch' >&2\nexit 1\n");
  std::filesystem::permissions(f.remote_dir / "hooks" / "pre-receive",
                               std::filesystem::perms::owner_all);
  write_file(f.site / "index.html", "x");
  auto tip = f.cache->fetch();
  REQUIRE(tip.ok());
  PublishSource source;
  source.site_tree = *build_directory_tree(*f.cache, f.site, {});
  source.message = "deploy";
  source.author = {"Pat", "pat@example.org"};
  Publisher publisher(*f.cache, f.settings, f.test.context());
  auto pushed = publisher.push(source, *publisher.prepare(source, *tip, false));
  REQUIRE_FALSE(pushed.ok());
  CHECK(pushed.error().kind == ErrorKind::failed);
  std::string notes;
  for (const auto& note : pushed.error().notes) notes += note + "\n";
  CHECK(notes.find("protected branch") != std::string::npos);
  CHECK(notes.find("pre-receive hook declined") != std::string::npos);
  CHECK(f.test.clock().sleeps().empty());
}

TEST_CASE("gh-pages publish: a domain change commits only CNAME - re-applied after a race",
          "[gh-pages][domain]") {
  Fixture f;
  write_file(f.site / "index.html", "site");
  f.publish();
  auto tip = f.cache->fetch();
  REQUIRE(tip.ok());
  PublishSource source;
  source.root_cname = "docs.example.org";
  source.message = "custom domain: docs.example.org";
  source.author = {"Pat", "pat@example.org"};
  Publisher publisher(*f.cache, f.settings, f.test.context());
  auto prepared = publisher.prepare(source, *tip, false);
  REQUIRE(prepared.ok());
  CHECK(prepared->diff.added == std::vector<std::string>{"CNAME"});
  CHECK(prepared->diff.changed.empty());
  CHECK(prepared->diff.removed.empty());
  // Someone publishes first: the CNAME goes on top of their commit and keeps their files.
  std::string theirs = commit_files(f.remote_dir, "gh-pages", {{"other/x.html", "theirs"}});
  auto pushed = publisher.push(source, *prepared);
  INFO(f.test.err());
  REQUIRE(pushed.ok());
  CHECK(pushed->attempts == 2);
  CHECK(git({"rev-parse", "gh-pages^"}, f.remote_dir) == theirs);
  auto files = branch_files(f.remote_dir, "gh-pages");
  CHECK(files.at("CNAME") == "docs.example.org\n");
  CHECK(files.at("other/x.html") == "theirs");
  CHECK(files.at("performance/index.html") == "site");

  // The same domain again is no commit; "" removes the file and nothing else.
  tip = f.cache->fetch();
  REQUIRE(tip.ok());
  auto same = publisher.prepare(source, *tip, false);
  REQUIRE(same.ok());
  CHECK(same->unchanged());
  source.root_cname = "";
  auto removal = publisher.prepare(source, *tip, false);
  REQUIRE(removal.ok());
  REQUIRE(publisher.push(source, *removal).ok());
  files = branch_files(f.remote_dir, "gh-pages");
  CHECK(files.count("CNAME") == 0);
  CHECK(files.at("other/x.html") == "theirs");
  CHECK(files.at("performance/index.html") == "site");
}
