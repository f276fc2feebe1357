// The command table: every command once, in help order, each runnable with a summary; the
// groups named in command_groups() are the ones the table uses.
#include "cli/command_table.h"

#include <catch2/catch.hpp>
#include <set>

namespace {
std::string joined(const raxol::CommandSpec& spec) {
  std::string text;
  for (const auto& part : spec.path) text += (text.empty() ? "" : " ") + part;
  return text;
}
}  // namespace

TEST_CASE("command table: every command once with a summary and a run", "[cli][command_table]") {
  const auto& table = raxol::command_table();
  std::set<std::string> paths;
  for (const auto& spec : table) {
    INFO(joined(spec));
    CHECK(paths.insert(joined(spec)).second);
    CHECK_FALSE(spec.summary.empty());
    CHECK(static_cast<bool>(spec.run));
    CHECK(spec.path.size() <= 2);
    if (spec.destructive) CHECK(spec.mutating);
  }
  for (const char* path :
       {"plan", "deploy", "status", "releases", "rollback", "history", "logs", "exec",
        "secrets set", "secrets unset", "certs add", "certs remove", "config show",
        "config validate", "sandbox serve", "targets", "version", "completion", "docs generate"})
    CHECK(paths.count(path) == 1);
  CHECK(joined(table.front()) == "plan");
  CHECK(joined(table.at(1)) == "deploy");
}

TEST_CASE("command table: groups match the nested commands", "[cli][command_table]") {
  std::set<std::string> used;
  for (const auto& spec : raxol::command_table())
    if (spec.path.size() == 2 && !spec.hidden) used.insert(spec.path.front());
  std::set<std::string> described;
  for (const auto& [name, summary] : raxol::command_groups()) {
    CHECK_FALSE(summary.empty());
    described.insert(name);
  }
  CHECK(used == described);
}

TEST_CASE("command table: which commands mutate and which ask first", "[cli][command_table]") {
  std::set<std::string> mutating, destructive;
  for (const auto& spec : raxol::command_table()) {
    if (spec.mutating) mutating.insert(joined(spec));
    if (spec.destructive) destructive.insert(joined(spec));
  }
  CHECK(destructive.count("secrets unset") == 1);
  CHECK(destructive.count("certs remove") == 1);
  CHECK(destructive.count("deploy") == 0);
  CHECK(mutating.count("exec") == 1);
  CHECK(mutating.count("secrets set") == 1);
  for (const char* reader : {"plan", "status", "releases", "history", "logs", "secrets list",
                             "certs list", "config show"})
    CHECK(mutating.count(reader) == 0);
}
