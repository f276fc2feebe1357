// The layers of src/ point down (docs/architecture.md): every #include "..." in src/ and
// include/ is read, each file is put in its folder, and an include of a folder that is not
// below it — or a cycle between folders — fails with the file and the line.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "support/run_binary.h"

namespace {

namespace fs = std::filesystem;

// Each folder and the folders it may include (its own is always allowed). Top to bottom:
// cli -> commands -> render -> core -> targets (registry) -> targets/<kind> -> targets/kit ->
// config, net, system -> util -> raxol (include/raxol, the seams). The sandbox stands beside
// the targets and knows none of them.
const std::map<std::string, std::set<std::string>>& allowed() {
  static const std::map<std::string, std::set<std::string>> rules = {
      {"main", {"cli"}},
      {"cli", {"commands", "render", "core", "net", "system", "util", "sandbox", "raxol"}},
      {"commands", {"render", "core", "perf", "util", "sandbox", "raxol"}},
      {"render", {"core", "perf", "util", "raxol"}},
      {"core", {"targets", "targets/kit", "config", "perf", "system", "util", "raxol"}},
      {"targets",
       {"targets/fly", "targets/cloudflare_pages", "targets/github_pages", "targets/kit", "util",
        "raxol"}},
      {"targets/fly", {"targets/kit", "config", "net", "system", "util", "raxol"}},
      {"targets/cloudflare_pages", {"targets/kit", "config", "net", "system", "util", "raxol"}},
      {"targets/github_pages", {"targets/kit", "config", "net", "system", "util", "raxol"}},
      {"targets/kit", {"net", "system", "util", "raxol"}},
      {"config", {"system", "util", "raxol"}},
      {"net", {"util", "raxol"}},
      {"system", {"util", "raxol"}},
      {"sandbox", {"system", "util", "raxol"}},
      {"perf", {"system", "util", "raxol"}},  // the dashboard's data, rule and pages
      {"util", {"raxol"}},
      {"raxol", {}},
  };
  return rules;
}

// "src/targets/fly/api/x.cpp" -> "targets/fly"; "include/raxol/x.h" -> "raxol".
std::string folder_of_file(const std::string& path) {
  if (path.rfind("include/raxol/", 0) == 0) return "raxol";
  std::string rest = path.substr(4);  // after "src/"
  auto slash = rest.find('/');
  if (slash == std::string::npos) return "main";
  std::string top = rest.substr(0, slash);
  if (top != "targets") return top;
  auto second = rest.find('/', slash + 1);
  return second == std::string::npos ? "targets" : "targets/" + rest.substr(slash + 1, second - slash - 1);
}

// "targets/fly/api/x.h" -> "targets/fly"; "blake3.h" (a library) -> "".
std::string folder_of_include(const std::string& include) {
  auto slash = include.find('/');
  if (slash == std::string::npos) return {};
  std::string top = include.substr(0, slash);
  if (top == "targets") {
    auto second = include.find('/', slash + 1);
    return second == std::string::npos ? "targets"
                                       : "targets/" + include.substr(slash + 1, second - slash - 1);
  }
  return allowed().count(top) ? top : std::string();
}

struct Include {
  std::string file;  // "src/core/project.cpp"
  int line = 0;
  std::string target;  // "targets/registry.h"
};

// Every violation: "FILE:LINE: FOLDER may not include TARGET (FOLDER)".
std::vector<std::string> upward_includes(const std::vector<Include>& includes) {
  std::vector<std::string> problems;
  for (const auto& include : includes) {
    const std::string from = folder_of_file(include.file);
    const std::string to = folder_of_include(include.target);
    if (to.empty() || to == from) continue;
    auto rule = allowed().find(from);
    if (rule == allowed().end()) {
      problems.push_back(include.file + ": the folder " + from + " has no layering rule");
    } else if (!rule->second.count(to)) {
      problems.push_back(include.file + ":" + std::to_string(include.line) + ": " + from +
                         " may not include " + include.target + " (" + to + ")");
    }
  }
  return problems;
}

// A cycle between folders in the graph of actual includes, as "a -> b -> a"; "" when none.
std::string folder_cycle(const std::vector<Include>& includes) {
  std::map<std::string, std::set<std::string>> graph;
  for (const auto& include : includes) {
    const std::string from = folder_of_file(include.file);
    const std::string to = folder_of_include(include.target);
    if (!to.empty() && to != from) graph[from].insert(to);
  }
  std::map<std::string, int> state;  // 1 on the path, 2 done
  std::vector<std::string> path;
  std::string found;
  std::function<bool(const std::string&)> visit = [&](const std::string& node) {
    if (state[node] == 2) return false;
    if (state[node] == 1) {
      auto start = std::find(path.begin(), path.end(), node);
      for (auto it = start; it != path.end(); ++it) found += *it + " -> ";
      found += node;
      return true;
    }
    state[node] = 1;
    path.push_back(node);
    for (const auto& next : graph[node])
      if (visit(next)) return true;
    path.pop_back();
    state[node] = 2;
    return false;
  };
  for (const auto& [node, edges] : graph)
    if (visit(node)) return found;
  return {};
}

std::vector<Include> includes_of_tree() {
  const fs::path root = raxol::test::source_path("");
  std::vector<Include> includes;
  const std::regex pattern(R"re(^\s*#\s*include\s+"([^"]+)")re");
  for (const char* top : {"src", "include"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / top)) {
      const auto extension = entry.path().extension();
      if (!entry.is_regular_file() || (extension != ".h" && extension != ".cpp")) continue;
      std::ifstream in(entry.path());
      std::string line;
      int number = 0;
      while (std::getline(in, line)) {
        ++number;
        std::smatch match;
        if (std::regex_search(line, match, pattern))
          includes.push_back({fs::relative(entry.path(), root).generic_string(), number, match[1]});
      }
    }
  }
  return includes;
}

}  // namespace

TEST_CASE("layering: the rules themselves point one way (no cycle)", "[architecture]") {
  std::vector<Include> rule_edges;
  for (const auto& [from, targets] : allowed())
    for (const auto& to : targets)
      rule_edges.push_back({from == "raxol" ? "include/raxol/x.h"
                            : from == "main" ? "src/main.cpp"
                                             : "src/" + from + "/x.cpp",
                            1, to + "/x.h"});
  CHECK(folder_cycle(rule_edges).empty());
}

TEST_CASE("layering: every include in src/ and include/ points down", "[architecture]") {
  const auto includes = includes_of_tree();
  REQUIRE(includes.size() > 500);  // the tree was read
  const auto problems = upward_includes(includes);
  for (const auto& problem : problems) UNSCOPED_INFO(problem);
  CHECK(problems.empty());
  CHECK(folder_cycle(includes) == "");
}

TEST_CASE("layering: an upward include or a cycle is reported with its place", "[architecture]") {
  const std::vector<Include> upward = {{"src/core/deploy_all.cpp", 7, "cli/app.h"},
                                       {"src/targets/fly/x.cpp", 3, "targets/github_pages/y.h"},
                                       {"src/sandbox/fly/z.cpp", 9, "targets/fly/api/fly_types.h"},
                                       {"src/util/glob.cpp", 2, "blake3.h"}};
  CHECK(upward_includes(upward) ==
        std::vector<std::string>{
            "src/core/deploy_all.cpp:7: core may not include cli/app.h (cli)",
            "src/targets/fly/x.cpp:3: targets/fly may not include targets/github_pages/y.h "
            "(targets/github_pages)",
            "src/sandbox/fly/z.cpp:9: sandbox may not include targets/fly/api/fly_types.h "
            "(targets/fly)"});
  const std::vector<Include> loop = {{"src/config/a.cpp", 1, "core/b.h"},
                                     {"src/core/b.cpp", 1, "config/a.h"}};
  CHECK(folder_cycle(loop) == "config -> core -> config");
  CHECK(folder_of_file("src/main.cpp") == "main");
  CHECK(folder_of_file("src/targets/registry.cpp") == "targets");
  CHECK(folder_of_file("include/raxol/target.h") == "raxol");
}

namespace {

// Every `#include <LIBRARY...>` whose path starts with `prefix`, outside `allowed_folder`.
std::vector<std::string> library_includes_outside(const std::string& prefix,
                                                  const std::string& allowed_folder) {
  const fs::path root = raxol::test::source_path("");
  const std::regex pattern(R"re(^\s*#\s*include\s+<([^>]+)>)re");
  std::vector<std::string> problems;
  for (const char* top : {"src", "include"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / top)) {
      const auto extension = entry.path().extension();
      if (!entry.is_regular_file() || (extension != ".h" && extension != ".cpp")) continue;
      const std::string file = fs::relative(entry.path(), root).generic_string();
      if (file.rfind(allowed_folder, 0) == 0) continue;
      std::ifstream in(entry.path());
      std::string line;
      int number = 0;
      while (std::getline(in, line)) {
        ++number;
        std::smatch match;
        if (std::regex_search(line, match, pattern) && match[1].str().rfind(prefix, 0) == 0)
          problems.push_back(file + ":" + std::to_string(number) + ": includes <" + match[1].str() +
                             ">");
      }
    }
  }
  return problems;
}

}  // namespace

// CLI11 is header-only and slow to compile: only the command-line layer may include it (and
// within it, only the parser binding). httplib belongs to the loopback emulators.
TEST_CASE("layering: CLI11 only under src/cli and httplib only under src/sandbox",
          "[architecture]") {
  const auto cli11 = library_includes_outside("CLI/", "src/cli/");
  for (const auto& problem : cli11) UNSCOPED_INFO(problem);
  CHECK(cli11.empty());
  const auto httplib = library_includes_outside("httplib.h", "src/sandbox/");
  for (const auto& problem : httplib) UNSCOPED_INFO(problem);
  CHECK(httplib.empty());
}
