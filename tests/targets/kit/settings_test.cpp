// The one settings parser: types, required keys, choices, workflow expressions, defaults and
// unknown keys, each error at FILE:LINE:COL of the value (or the key, for warnings).
#include "targets/kit/settings.h"

#include <catch2/catch.hpp>

using namespace raxol;

namespace {

TargetKind test_kind() {
  TargetKind kind;
  kind.name = "test-kind";
  kind.settings = {
      {"name", SettingType::string, true, nullptr, {}, "Required name"},
      {"mode", SettingType::string, false, "fast", {"fast", "slow"}, "A choice"},
      {"flag", SettingType::boolean, false, true, {}, "A boolean"},
      {"paths", SettingType::string_list, false, nullptr, {}, "A list"},
  };
  return kind;
}

TargetSpec spec_with(nlohmann::json settings) {
  TargetSpec spec;
  spec.name = "t";
  spec.kind = "test-kind";
  spec.source = {"p.toml", 1, 1};
  spec.settings = std::move(settings);
  for (const auto& [key, value] : spec.settings.items())
    spec.setting_sources[key] = {{"p.toml", 4, 1}, {"p.toml", 4, 9}};
  return spec;
}

std::string error_of(nlohmann::json settings) {
  TargetSpec spec = spec_with(std::move(settings));
  Diagnostics warnings;
  Status checked = check_settings(test_kind(), spec, warnings);
  REQUIRE_FALSE(checked.ok());
  CHECK(checked.error().kind == ErrorKind::config);
  return checked.error().message;
}

}  // namespace

TEST_CASE("settings: defaults fill what the file leaves out", "[kit][settings]") {
  TargetSpec spec = spec_with({{"name", "x"}});
  Diagnostics warnings;
  REQUIRE(check_settings(test_kind(), spec, warnings).ok());
  CHECK(warnings.empty());
  const Settings settings(spec);
  CHECK(settings.text("name") == "x");
  CHECK(settings.text("mode") == "fast");
  CHECK(settings.boolean("flag"));
  CHECK_FALSE(settings.has("paths"));
  CHECK(settings.list("paths").empty());
  CHECK(settings.where("name").to_string() == "p.toml:4:9");
  CHECK(settings.where("mode").to_string() == "p.toml:1:1");  // a default: the target's place
}

TEST_CASE("settings: each wrong value names its place, key and what was expected",
          "[kit][settings]") {
  CHECK(error_of({{"name", 3}}) == "p.toml:4:9: targets.t.name: expected a string, found an integer");
  CHECK(error_of({{"name", ""}}) ==
        "p.toml:4:9: targets.t.name: expected a non-empty string, found an empty string");
  CHECK(error_of({{"name", "x"}, {"mode", "quick"}}) ==
        "p.toml:4:9: targets.t.mode: expected one of fast, slow, found \"quick\"");
  CHECK(error_of({{"name", "x"}, {"flag", "yes"}}) ==
        "p.toml:4:9: targets.t.flag: expected a boolean, found a string");
  CHECK(error_of({{"name", "x"}, {"paths", "a"}}) ==
        "p.toml:4:9: targets.t.paths: expected an array of strings, found a string");
  CHECK(error_of({{"name", "x"}, {"paths", {"a", 2}}}) ==
        "p.toml:1:1: targets.t.paths[1]: expected a string, found an integer");
  CHECK(error_of({{"mode", "fast"}}) ==
        "p.toml:1:1: targets.t.name: missing required key (Required name)");
  CHECK(error_of({{"name", {{"nested", true}}}}) ==
        "p.toml:4:9: targets.t.name: expected a string, found a table");
}

TEST_CASE("settings: a workflow expression cannot be a value", "[kit][settings]") {
  CHECK(error_of({{"name", "${{ inputs.name }}"}}) ==
        "p.toml:4:9: targets.t.name: is a workflow expression (${{ inputs.name }}); set it in "
        "raxol-deploy.toml");
  CHECK(error_of({{"name", "x"}, {"paths", {"ok", "${{ x }}"}}})
            .find("targets.t.paths[1]: is a workflow expression") != std::string::npos);
}

TEST_CASE("settings: unknown keys are warnings at the key and are dropped", "[kit][settings]") {
  TargetSpec spec = spec_with({{"name", "x"}, {"colour", "blue"}});
  Diagnostics warnings;
  REQUIRE(check_settings(test_kind(), spec, warnings).ok());
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].to_string() ==
        "p.toml:4:1: warning: targets.t.colour: unknown key for test-kind, ignored");
  CHECK_FALSE(spec.settings.contains("colour"));
}

TEST_CASE("settings: a kind's own check says where", "[kit][settings]") {
  TargetSpec spec = spec_with({{"name", "x"}});
  const Settings settings(spec);
  const Error error = settings.error("name", "must not be x");
  CHECK(error.kind == ErrorKind::config);
  CHECK(error.message == "p.toml:4:9: targets.t.name: must not be x");
  CHECK(find_setting(test_kind(), "mode") != nullptr);
  CHECK(find_setting(test_kind(), "nope") == nullptr);
}
