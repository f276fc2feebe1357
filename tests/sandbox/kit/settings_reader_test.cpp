// The one settings reader: typed reads that keep the default for anything missing or
// malformed, string lists and maps, name globs in util/glob.h's syntax, and reading a section
// of the shared settings file.
#include "sandbox/kit/settings_reader.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"
#include "util/glob.h"

using namespace raxol::sandbox;
using nlohmann::json;

TEST_CASE("kit settings: typed values overlay defaults, malformed ones are ignored",
          "[sandbox][kit]") {
  const json document = {{"svc",
                          {{"ms", 250},
                           {"float_ms", 300.0},
                           {"half", 1.5},
                           {"text_ms", "fast"},
                           {"huge", 1e12},
                           {"big", std::int64_t{20'000'000'000}},
                           {"on", true},
                           {"on_text", "yes"},
                           {"name", "sjc"},
                           {"empty", ""},
                           {"number_name", 7},
                           {"exit", 3}}},
                         {"other", {{"ms", 1}}}};
  kit::SettingsReader reader(document, "svc");
  int ms = 10, float_ms = 10, half = 10, text_ms = 10, huge = 10, absent = 10;
  reader.read_int("ms", ms);
  reader.read_int("float_ms", float_ms);
  reader.read_int("half", half);
  reader.read_int("text_ms", text_ms);
  reader.read_int("huge", huge);  // out of int's range
  reader.read_int("absent", absent);
  CHECK(std::vector<int>{ms, float_ms, half, text_ms, huge, absent} ==
        std::vector<int>{250, 300, 10, 10, 10, 10});
  std::int64_t big = 0;
  reader.read_int("big", big);
  CHECK(big == 20'000'000'000);
  std::optional<int> exit, unset, bad;
  reader.read_int("exit", exit);
  reader.read_int("nothing", unset);
  reader.read_int("text_ms", bad);
  CHECK(exit == 3);
  CHECK_FALSE(unset);
  CHECK_FALSE(bad);

  bool on = false, on_text = false;
  reader.read_bool("on", on);
  reader.read_bool("on_text", on_text);
  CHECK(on);
  CHECK_FALSE(on_text);
  std::string name = "x", empty = "x", nonempty = "kept", number_name = "x";
  reader.read_string("name", name);
  reader.read_string("empty", empty);
  reader.read_nonempty_string("empty", nonempty);
  reader.read_string("number_name", number_name);
  CHECK(name == "sjc");
  CHECK(empty == "");
  CHECK(nonempty == "kept");
  CHECK(number_name == "x");
}

TEST_CASE("kit settings: lists, sets, maps and absent or malformed sections", "[sandbox][kit]") {
  const json document = {{"svc",
                          {{"one", "a"},
                           {"many", {"a", 1, "b", nullptr}},
                           {"wrong", 5},
                           {"set", {"t1", "t1", "t2"}},
                           {"tokens", {{"tok", "ops@example.com"}, {"odd", 9}}},
                           {"no_tokens", json::object()}}},
                         {"broken", "not an object"}};
  kit::SettingsReader reader(document, "svc");
  std::vector<std::string> one, many, wrong = {"default"};
  reader.read_string_list("one", one);
  reader.read_string_list("many", many);
  reader.read_string_list("wrong", wrong);
  CHECK(one == std::vector<std::string>{"a"});
  CHECK(many == std::vector<std::string>{"a", "b"});
  CHECK(wrong == std::vector<std::string>{"default"});
  std::set<std::string> set = {"kept?"};
  reader.read_string_set("set", set);
  CHECK(set == std::set<std::string>{"t1", "t2"});
  std::map<std::string, std::string> tokens = {{"default", "me"}}, none = {{"default", "me"}};
  reader.read_map("tokens", tokens, "fallback@example.com");
  reader.read_map("no_tokens", none, "fallback@example.com");  // empty: keeps the default
  CHECK(tokens == std::map<std::string, std::string>{{"odd", "fallback@example.com"},
                                                     {"tok", "ops@example.com"}});
  CHECK(none == std::map<std::string, std::string>{{"default", "me"}});

  for (const std::string service : {"broken", "missing"}) {
    kit::SettingsReader empty(document, service);
    int value = 4;
    empty.read_int("ms", value);
    CHECK(value == 4);
  }
  kit::SettingsReader not_object(json::array(), "svc");
  std::string text = "same";
  not_object.read_string("name", text);
  CHECK(text == "same");
}

TEST_CASE("kit settings: name globs match any run of characters, '/' included", "[sandbox][kit]") {
  CHECK(kit::name_glob("*:crash*") == "**:crash**");
  CHECK(kit::name_glob("a/**/b") == "a/**/b");
  CHECK(kit::name_glob("plain") == "plain");
  const json document = {{"fly", {{"images", {"*:crash*", "exact"}}, {"single", "broken*"}}}};
  kit::SettingsReader reader(document, "fly");
  std::vector<std::string> images = {"default"}, single, absent = {"**:kept**"};
  reader.read_name_globs("images", images);
  reader.read_name_globs("single", single);
  reader.read_name_globs("absent", absent);
  CHECK(images == std::vector<std::string>{"**:crash**", "exact"});
  CHECK(raxol::glob_matches_any(images, "registry.fly.io/app:crash-loop"));
  CHECK_FALSE(raxol::glob_matches_any(images, "registry.fly.io/app:v1"));
  CHECK(raxol::glob_matches_any(single, "broken/feature"));
  CHECK(absent == std::vector<std::string>{"**:kept**"});
}

TEST_CASE("kit settings: read_settings reads one service's section of the file", "[sandbox][kit]") {
  raxol::test::TempDir dir;
  raxol::test::write_file(dir / "settings.json",
                          R"({"fly": {"start_ms": 5}, "github": {"build_ms": 7}})");
  StateFile file(dir / "settings.json", json::object());
  int start_ms = 0, build_ms = 0;
  kit::read_settings(file, "fly", [&](const kit::SettingsReader& fly) {
    fly.read_int("start_ms", start_ms);
    fly.read_int("build_ms", build_ms);
  });
  CHECK(start_ms == 5);
  CHECK(build_ms == 0);
}

namespace {
struct Knobbed {
  int ms = 1;
  std::int64_t big = 2;
  std::optional<int> code;
  bool flag = false;
  std::string text = "t";
  std::string id = "default-id";
  std::vector<std::string> list = {"l"};
  std::set<std::string> set;
  std::vector<std::string> globs = {"**:x**"};
  std::map<std::string, std::string> tokens = {{"tok", "me"}};
};
}  // namespace

TEST_CASE("kit settings: knobs as data, read by kind", "[sandbox][kit]") {
  using S = Knobbed;
  const kit::Knobs<S> knobs = {.integers = {{"ms", &S::ms}},
                               .wide_integers = {{"big", &S::big}},
                               .optional_integers = {{"code", &S::code}},
                               .flags = {{"flag", &S::flag}},
                               .strings = {{"text", &S::text}},
                               .nonempty_strings = {{"id", &S::id}},
                               .string_lists = {{"list", &S::list}},
                               .string_sets = {{"set", &S::set}},
                               .name_globs = {{"globs", &S::globs}},
                               .maps = {{"tokens", &S::tokens, "someone"}}};
  raxol::test::TempDir dir;
  raxol::test::write_file(dir / "settings.json", R"({"svc": {"ms": 5, "big": 6, "code": 7,
      "flag": true, "text": "", "id": "", "list": ["a"], "set": ["b"], "globs": "*y",
      "tokens": {"t2": null}}, "other": {"ms": 9}})");
  StateFile file(dir / "settings.json", json::object());
  const S read = kit::read_knobs(file, "svc", knobs);
  CHECK(read.ms == 5);
  CHECK(read.big == 6);
  CHECK(read.code == 7);
  CHECK(read.flag);
  CHECK(read.text == "");
  CHECK(read.id == "default-id");
  CHECK(read.list == std::vector<std::string>{"a"});
  CHECK(read.set == std::set<std::string>{"b"});
  CHECK(read.globs == std::vector<std::string>{"**y"});
  CHECK(read.tokens == std::map<std::string, std::string>{{"t2", "someone"}});
  const S untouched = kit::read_knobs(file, "absent", knobs);
  CHECK(untouched.ms == 1);
  CHECK(untouched.globs == std::vector<std::string>{"**:x**"});
}
