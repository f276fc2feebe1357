// The plan of a github-pages publish as people and --json read it: the steps (commit, CNAME,
// push, site changes, wait) only when something changes, the diff in words, short commits and
// the URL the destination is served at.
#include "targets/github_pages/pages_plan.h"

#include <catch2/catch.hpp>

using namespace raxol;
using namespace raxol::github_pages;

namespace {
std::vector<std::string> actions(const Plan& plan) {
  std::vector<std::string> out;
  for (const auto& step : plan.steps) out.push_back(step.action);
  return out;
}

std::shared_ptr<PagesPlanDetail> changed_detail() {
  auto detail = std::make_shared<PagesPlanDetail>();
  detail->settings.destination_dir = "docs";
  detail->remote_url = "https://user:secret@github.com/octo/site.git";
  detail->source.message = "deploy: abc\n\nbody";
  detail->source.author = {"Pat", "pat@example.org"};
  detail->prepared.parent = "1111111111111111111111111111111111111111";
  detail->prepared.parent_tree = "aaaa";
  detail->prepared.tree = "bbbb";
  detail->prepared.commit = "2222222222222222222222222222222222222222";
  detail->prepared.diff.added = {"docs/a.html", "docs/b.html"};
  detail->prepared.diff.removed = {"docs/old.html"};
  detail->prepared.bytes = 2048;
  detail->wait = true;
  return detail;
}
}  // namespace

TEST_CASE("gh-pages plan: diff in words - short commits - served URLs", "[gh-pages][plan]") {
  TreeDiff diff;
  diff.added = {"a"};
  diff.changed = {"b", "c"};
  CHECK(describe_diff(diff, 500, true) == "1 added, 2 changed, 0 removed (500 B)");
  CHECK(describe_diff(diff, 1536, true) == "1 added, 2 changed, 0 removed (1.5 kB)");
  CHECK(describe_diff(diff, 3 * 1024 * 1024, true) == "1 added, 2 changed, 0 removed (3.0 MB)");
  CHECK(describe_diff(diff, 0, false) == "1 added, 2 changed, 0 removed");
  CHECK(short_sha("0123456789abcdef") == "0123456");

  Remote project;
  project.owner = "octo";
  project.name = "site";
  CHECK(site_url("", project, "") == "https://octo.github.io/site/");
  CHECK(site_url("", project, "perf") == "https://octo.github.io/site/perf/");
  Remote user_site;
  user_site.owner = "octo";
  user_site.name = "Octo.GitHub.io";
  CHECK(site_url("", user_site, "") == "https://octo.github.io/");
  CHECK(site_url("https://docs.example.com", project, "v2") == "https://docs.example.com/v2/");
  CHECK(site_url("", Remote{}, "x").empty());  // not on GitHub: no URL to name
}

TEST_CASE("gh-pages plan: a change commits - writes CNAME - pushes - updates the site and waits",
          "[gh-pages][plan]") {
  auto detail = changed_detail();
  detail->prepared.cname_before = "old.example.com";
  detail->prepared.cname_after = "new.example.com";
  detail->site = SitePlan{};
  detail->site->create = true;
  detail->site->changes.body = {{"https_enforced", true}};
  detail->site->changes.descriptions = {"https_enforced false -> true"};
  Plan plan = make_plan("docs", detail);
  CHECK(plan.kind == "github-pages");
  CHECK(actions(plan) ==
        std::vector<std::string>{"commit", "write", "push", "create", "update", "wait"});
  CHECK(plan.steps[0].subject == "2222222 on gh-pages");
  CHECK(plan.steps[0].detail ==
        "2 added, 0 changed, 1 removed (2.0 kB) in docs/ on top of 1111111: \"deploy: abc\"");
  CHECK(plan.steps[1].detail == "old.example.com -> new.example.com");
  CHECK(plan.steps[2].subject.find("secret") == std::string::npos);  // credentials hidden
  CHECK(plan.summary["files_added"] == 2);
  CHECK(plan.summary["files_removed"] == 1);
  auto json = detail->to_json();
  CHECK(json["author"] == "Pat <pat@example.org>");
  CHECK(json["site"]["create"] == true);
  CHECK(json["unchanged"] == false);
}

TEST_CASE("gh-pages plan: nothing changed means no steps - no REST API means a note",
          "[gh-pages][plan]") {
  auto detail = changed_detail();
  detail->prepared.tree = detail->prepared.parent_tree;
  detail->rest_note = "no GITHUB_TOKEN";
  Plan plan = make_plan("docs", detail);
  CHECK(plan.no_changes());
  auto json = detail->to_json();
  CHECK(json["site"].is_null());
  CHECK(json["site_note"] == "no GITHUB_TOKEN");

  auto fresh = changed_detail();
  fresh->prepared.parent.clear();
  fresh->wait = false;
  fresh->settings.destination_dir.clear();
  Plan first = make_plan("docs", fresh);
  CHECK(actions(first) == std::vector<std::string>{"commit", "push"});
  CHECK(first.steps[0].detail.find("in the branch root on top of a new branch") !=
        std::string::npos);
}
