// `on:` in all its forms, including the YAML 1.1 trap of a boolean-true key.
#include <catch2/catch.hpp>

#include "config/workflows/workflow.h"
#include "support/run_binary.h"

using raxol::test::read_file;
using raxol::test::reference_path;
using raxol::test::source_path;
using raxol::workflows::load_workflow;
using raxol::workflows::Trigger;
using raxol::workflows::triggers_to_json;

namespace {

std::vector<Trigger> triggers_of(const std::string& fixture) {
  auto loaded =
      load_workflow(read_file(source_path("tests/fixtures/workflows/" + fixture)), fixture);
  REQUIRE(loaded.ok());
  CHECK(loaded->diagnostics.empty());
  return loaded->workflow.triggers;
}

std::vector<std::string> events(const std::vector<Trigger>& triggers) {
  std::vector<std::string> names;
  for (const auto& trigger : triggers) names.push_back(trigger.event);
  return names;
}

}  // namespace

TEST_CASE("workflow triggers: string form", "[config][workflows][triggers]") {
  auto triggers = triggers_of("on-string.yml");
  CHECK(events(triggers) == std::vector<std::string>{"push"});
  CHECK(triggers[0].where.to_string() == "on-string.yml:2:5");
}

TEST_CASE("workflow triggers: list form", "[config][workflows][triggers]") {
  CHECK(events(triggers_of("on-list.yml")) ==
        std::vector<std::string>{"push", "pull_request", "workflow_dispatch"});
}

TEST_CASE("workflow triggers: a top-level `true:` key means `on`",
          "[config][workflows][triggers]") {
  auto triggers = triggers_of("on-true-key.yml");
  CHECK(events(triggers) == std::vector<std::string>{"push", "workflow_dispatch"});
  CHECK(triggers[0].branches == std::vector<std::string>{"main"});
  CHECK(triggers[1].where.to_string() == "on-true-key.yml:7:3");
}

TEST_CASE("workflow triggers: a quoted \"true\" key is not `on`", "[config][workflows][triggers]") {
  auto loaded = load_workflow("\"true\": push\njobs: {}\n", "q.yml");
  REQUIRE(loaded.ok());
  CHECK(loaded->workflow.triggers.empty());
}

TEST_CASE("workflow triggers: map form with filters, schedules, inputs and nulls",
          "[config][workflows][triggers]") {
  auto triggers = triggers_of("on-map.yml");
  REQUIRE(events(triggers) == std::vector<std::string>{"push", "pull_request", "schedule",
                                                       "workflow_dispatch", "workflow_call",
                                                       "workflow_run", "release", "page_build"});
  const auto& push = triggers[0];
  CHECK(push.branches == std::vector<std::string>{"main", "releases/**", "!releases/**-alpha"});
  CHECK(push.tags == std::vector<std::string>{"v*"});
  CHECK(push.paths_ignore == std::vector<std::string>{"docs/**"});
  CHECK(triggers[1].branches_ignore == std::vector<std::string>{"gh-pages"});
  CHECK(triggers[1].types == std::vector<std::string>{"opened", "synchronize"});
  CHECK(triggers[2].crons == std::vector<std::string>{"0 4 */3 * *", "30 1 * * 0"});
  CHECK(triggers[3].inputs == std::vector<std::string>{"environment", "dry_run"});
  CHECK(triggers[4].inputs == std::vector<std::string>{"app"});
  CHECK(triggers[4].secrets == std::vector<std::string>{"FLY_API_TOKEN"});
  CHECK(triggers[5].workflows == std::vector<std::string>{"CI"});
  CHECK(triggers[5].types == std::vector<std::string>{"completed"});
  CHECK(triggers[6].where.to_string() == "on-map.yml:34:3");

  const auto json = triggers_to_json(triggers);
  CHECK(json["schedule"]["crons"].size() == 2);
  CHECK_FALSE(json["push"].contains("branches-ignore"));
  CHECK(json["pull_request"]["branches-ignore"][0] == "gh-pages");
  CHECK(json["release"] == nlohmann::json::object());
}

TEST_CASE("workflow triggers: SchemaStore's 30 events with null values",
          "[config][workflows][triggers]") {
  auto loaded = load_workflow(
      read_file(reference_path("github/schemastore-tests/test/on-event_name-null.yaml")),
      "on-event_name-null.yaml");
  REQUIRE(loaded.ok());
  CHECK(loaded->diagnostics.empty());
  CHECK(loaded->workflow.triggers.size() >= 30);
  for (const auto& trigger : loaded->workflow.triggers) CHECK(trigger.branches.empty());
}

TEST_CASE("workflow triggers: a schedule that is not a list is a diagnostic",
          "[config][workflows][triggers]") {
  auto loaded = load_workflow("on:\n  schedule: '0 * * * *'\njobs: {}\n", "s.yml");
  REQUIRE(loaded.ok());
  REQUIRE(loaded->diagnostics.size() == 1);
  CHECK(loaded->diagnostics[0].where.to_string() == "s.yml:2:3");
}

TEST_CASE("workflow triggers: wrong shapes inside `on:` are diagnostics at the event",
          "[config][workflows][triggers]") {
  auto loaded = load_workflow(
      "on:\n"
      "  push: main\n"
      "  pull_request:\n"
      "    branches: {a: b}\n"
      "  workflow_dispatch:\n"
      "    inputs: [x]\n"
      "  schedule:\n"
      "    - cron: ''\n"
      "    - '0 * * * *'\n"
      "jobs: {}\n",
      "bad.yml");
  REQUIRE(loaded.ok());
  CHECK(events(loaded->workflow.triggers) ==
        std::vector<std::string>{"push", "pull_request", "workflow_dispatch", "schedule"});
  CHECK(loaded->workflow.triggers[1].branches.empty());
  CHECK(loaded->workflow.triggers[3].crons.empty());
  std::vector<std::string> lines;
  for (const auto& diagnostic : loaded->diagnostics) lines.push_back(diagnostic.to_string());
  CHECK(lines ==
        std::vector<std::string>{
            "bad.yml:2:3: warning: on.push: expected a mapping, found a string",
            "bad.yml:3:3: warning: on.pull_request.branches: expected a string or a list, found "
            "a mapping",
            "bad.yml:5:3: warning: on.workflow_dispatch.inputs: expected a mapping, found a list",
            "bad.yml:8:7: warning: on.schedule: expected {cron: \"...\"}, found a mapping",
            "bad.yml:9:7: warning: on.schedule: expected {cron: \"...\"}, found a string",
        });
}

TEST_CASE("workflow triggers: a bad list item or an empty `on:` is a diagnostic",
          "[config][workflows][triggers]") {
  auto list = load_workflow("on: [push, {a: b}, ~]\njobs: {}\n", "l.yml");
  REQUIRE(list.ok());
  CHECK(events(list->workflow.triggers) == std::vector<std::string>{"push"});
  REQUIRE(list->diagnostics.size() == 2);
  CHECK(list->diagnostics[0].to_string() ==
        "l.yml:1:12: warning: on: expected an event name, found a mapping");
  CHECK(list->diagnostics[1].message == "expected an event name, found nothing");

  auto empty = load_workflow("on:\njobs: {}\n", "e.yml");
  REQUIRE(empty.ok());
  CHECK(empty->workflow.triggers.empty());
  REQUIRE(empty->diagnostics.size() == 1);
  CHECK(empty->diagnostics[0].to_string() ==
        "e.yml:1:1: warning: on: expected an event name, a list or a mapping, found nothing");
}
