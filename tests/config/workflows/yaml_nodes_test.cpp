// The yaml-cpp helpers of the workflow reader: line:col, scalar/list/map readers, `if:` guards
// and the keys YAML 1.1 reads as `on`.
#include "config/workflows/yaml_nodes.h"

#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>

using raxol::Diagnostics;
using raxol::SourceLocation;
using namespace raxol::workflows;
using Strings = std::vector<std::string>;

namespace {

// The first key node of a one-entry mapping.
YAML::Node first_key(const YAML::Node& map) { return map.begin()->first; }

}  // namespace

TEST_CASE("yaml nodes: location_of is 1-based line:col", "[config][workflows][yaml]") {
  const YAML::Node root = YAML::Load("a:\n  b: [x, y]\n  c: z\n");
  CHECK(location_of(root["a"]["b"][1], "w.yml").to_string() == "w.yml:2:10");
  CHECK(location_of(root["a"]["c"], "w.yml").to_string() == "w.yml:3:6");
  CHECK(location_of(first_key(root), "w.yml").to_string() == "w.yml:1:1");
  // A node built in code has no mark: only the file is known.
  const SourceLocation built = location_of(YAML::Node("x"), "w.yml");
  CHECK(built.line == 0);
  CHECK(built.to_string() == "w.yml");
}

TEST_CASE("yaml nodes: describe names each shape", "[config][workflows][yaml]") {
  const YAML::Node root = YAML::Load("s: text\nl: [1]\nm: {a: 1}\nn: ~\n");
  CHECK(describe(root["s"]) == "a string");
  CHECK(describe(root["l"]) == "a list");
  CHECK(describe(root["m"]) == "a mapping");
  CHECK(describe(root["n"]) == "nothing");
  CHECK(describe(YAML::Node(YAML::NodeType::Undefined)) == "nothing");
}

TEST_CASE("yaml nodes: scalar_text reads scalars and null, refuses lists and maps",
          "[config][workflows][yaml]") {
  const YAML::Node root = YAML::Load("b: true\nq: '  spaced '\nn:\nl: [a]\nm: {a: b}\n");
  std::string text = "before";
  CHECK(scalar_text(root["b"], text));
  CHECK(text == "true");
  CHECK(scalar_text(root["q"], text));
  CHECK(text == "  spaced ");
  CHECK(scalar_text(root["n"], text));
  CHECK(text.empty());
  text = "kept";
  CHECK_FALSE(scalar_text(root["l"], text));
  CHECK_FALSE(scalar_text(root["m"], text));
  CHECK(text == "kept");
}

TEST_CASE("yaml nodes: string_list takes a scalar or a list of scalars",
          "[config][workflows][yaml]") {
  const YAML::Node root = YAML::Load("one: main\nmany: [main, 'v*', 3]\nnone:\n");
  const SourceLocation where{"w.yml", 9, 3};
  Diagnostics diagnostics;
  CHECK(string_list(root["one"], where, "on.push.branches", diagnostics) == Strings{"main"});
  CHECK(string_list(root["many"], where, "on.push.branches", diagnostics) ==
        Strings{"main", "v*", "3"});
  CHECK(string_list(root["none"], where, "on.push.branches", diagnostics).empty());
  CHECK(diagnostics.empty());
}

TEST_CASE("yaml nodes: string_list reports wrong shapes where they are",
          "[config][workflows][yaml]") {
  const YAML::Node root = YAML::Load("map: {a: b}\nmixed: [ok, {x: 1}, ~, [y]]\n");
  const SourceLocation where{"w.yml", 7, 5};
  Diagnostics diagnostics;
  CHECK(string_list(root["map"], where, "jobs.a.needs", diagnostics).empty());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].to_string() ==
        "w.yml:7:5: warning: jobs.a.needs: expected a string or a list, found a mapping");

  diagnostics.clear();
  CHECK(string_list(root["mixed"], where, "needs", diagnostics) == Strings{"ok"});
  REQUIRE(diagnostics.size() == 3);
  CHECK(diagnostics[0].to_string() ==
        "w.yml:2:13: warning: needs: expected a string list item, found a mapping");
  CHECK(diagnostics[1].message == "expected a string list item, found nothing");
  CHECK(diagnostics[1].where.to_string() == "w.yml:2:21");
  CHECK(diagnostics[2].message == "expected a string list item, found a list");
}

TEST_CASE("yaml nodes: scalar_map reads a mapping, keeps nested values as flow YAML",
          "[config][workflows][yaml]") {
  const YAML::Node root = YAML::Load(
      "with:\n  dir: ./public\n  keep: true\n  empty:\n  list: [a, b]\n  nested: {x: 1}\n");
  const SourceLocation where{"w.yml", 1, 1};
  std::string expression;
  Diagnostics diagnostics;
  const auto values = scalar_map(root["with"], where, "with", expression, diagnostics);
  CHECK(values == std::map<std::string, std::string>{{"dir", "./public"},
                                                     {"keep", "true"},
                                                     {"empty", ""},
                                                     {"list", "[a, b]"},
                                                     {"nested", "{x: 1}"}});
  CHECK(expression.empty());
  CHECK(diagnostics.empty());
}

TEST_CASE("yaml nodes: scalar_map takes a whole expression - a list is a diagnostic",
          "[config][workflows][yaml]") {
  const YAML::Node root = YAML::Load("expr: ${{ fromJSON(inputs.with) }}\nlist: [a]\nnone:\n");
  const SourceLocation where{"w.yml", 4, 7};
  Diagnostics diagnostics;
  std::string expression;
  CHECK(scalar_map(root["expr"], where, "with", expression, diagnostics).empty());
  CHECK(expression == "${{ fromJSON(inputs.with) }}");
  CHECK(diagnostics.empty());

  expression.clear();
  CHECK(scalar_map(root["none"], where, "with", expression, diagnostics).empty());
  CHECK(expression.empty());
  CHECK(diagnostics.empty());

  CHECK(scalar_map(root["list"], where, "jobs.a.env", expression, diagnostics).empty());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].to_string() ==
        "w.yml:4:7: warning: jobs.a.env: expected a mapping, found a list");
}

TEST_CASE("yaml nodes: read_guard keeps the expression and the key's location",
          "[config][workflows][yaml]") {
  const YAML::Node root = YAML::Load(
      "plain: github.ref == 'refs/heads/main'\n"
      "wrapped: ${{ always() }}\n"
      "quoted: '!cancelled()'\n"
      "empty:\n");
  Diagnostics diagnostics;
  auto it = root.begin();
  Guard plain = read_guard(it->first, it->second, "w.yml", "jobs.a.if", diagnostics);
  CHECK(plain.expression == "github.ref == 'refs/heads/main'");
  CHECK(plain.where.to_string() == "w.yml:1:1");
  CHECK(plain.present());
  ++it;
  CHECK(read_guard(it->first, it->second, "w.yml", "if", diagnostics).expression ==
        "${{ always() }}");
  ++it;
  CHECK(read_guard(it->first, it->second, "w.yml", "if", diagnostics).expression == "!cancelled()");
  ++it;
  Guard empty = read_guard(it->first, it->second, "w.yml", "if", diagnostics);
  CHECK_FALSE(empty.present());
  CHECK(empty.where.to_string() == "w.yml:4:1");
  CHECK(diagnostics.empty());
}

TEST_CASE("yaml nodes: read_guard flags an unquoted `!` and a non-scalar",
          "[config][workflows][yaml]") {
  const YAML::Node root = YAML::Load("if: !cancelled()\nlist: [a]\n");
  Diagnostics diagnostics;
  auto it = root.begin();
  Guard bang = read_guard(it->first, it->second, "w.yml", "jobs.a.steps[1].if", diagnostics);
  CHECK(bang.expression == "!cancelled()");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].to_string() ==
        "w.yml:1:1: warning: jobs.a.steps[1].if: an `if:` that starts with '!' must be quoted or "
        "wrapped in ${{ }}");
  ++it;
  Guard list = read_guard(it->first, it->second, "w.yml", "jobs.b.if", diagnostics);
  CHECK_FALSE(list.present());
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[1].to_string() ==
        "w.yml:2:1: warning: jobs.b.if: expected an expression, found a list");
}

TEST_CASE("yaml nodes: is_on_key follows YAML 1.1 booleans for plain keys only",
          "[config][workflows][yaml]") {
  for (const char* spelling :
       {"on", "true", "True", "TRUE", "yes", "Yes", "YES", "y", "Y", "On", "ON", "'on'"}) {
    INFO(spelling);
    CHECK(is_on_key(first_key(YAML::Load(std::string(spelling) + ": push"))));
  }
  for (const char* spelling : {"'true'", "\"yes\"", "off", "false", "no", "push", "onn", "1"}) {
    INFO(spelling);
    CHECK_FALSE(is_on_key(first_key(YAML::Load(std::string(spelling) + ": push"))));
  }
  CHECK_FALSE(is_on_key(YAML::Load("[on]")));
}
