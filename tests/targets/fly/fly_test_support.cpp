#include "targets/fly/fly_test_support.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

namespace raxol::fly::test {

namespace {

void normalise(nlohmann::json& value) {
  if (value.is_object()) {
    if (value.contains("autostop") && value["autostop"].is_boolean())
      value["autostop"] = value["autostop"].get<bool>() ? "stop" : "off";
    if (value.contains("metadata") && value["metadata"].is_object())
      value["metadata"].erase("fly_flyctl_version");
    for (auto& [key, item] : value.items()) normalise(item);
  } else if (value.is_array()) {
    for (auto& item : value) normalise(item);
  }
}

}  // namespace

LoadedFlyConfig load_reference(const std::string& name) {
  auto path = raxol::test::reference_path("fly/appconfig-testdata/" + name);
  auto loaded = load_fly_toml(path, name);
  INFO(name << ": " << (loaded.ok() ? "" : loaded.error().message));
  REQUIRE(loaded.ok());
  return std::move(loaded).value();
}

LoadedFlyConfig parse(const std::string& text) {
  auto loaded = parse_fly_toml(text, "fly.toml");
  INFO((loaded.ok() ? "" : loaded.error().message));
  REQUIRE(loaded.ok());
  return std::move(loaded).value();
}

Error parse_failure(const std::string& text) {
  auto loaded = parse_fly_toml(text, "fly.toml");
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.error().kind == ErrorKind::config);
  return loaded.error();
}

Error validation_failure(const std::string& text, bool require_app) {
  auto loaded = parse(text);
  Diagnostics warnings;
  auto status = validate_fly_config(loaded, require_app, warnings);
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().kind == ErrorKind::config);
  return status.error();
}

nlohmann::json flyctl_vector(const std::string& json_text) {
  return comparable(nlohmann::json::parse(json_text));
}

nlohmann::json comparable(nlohmann::json config) {
  normalise(config);
  return config;
}

nlohmann::json convert(const FlyConfig& config, const std::string& group) {
  auto converted = to_machine_config(config, group, test_options());
  INFO((converted.ok() ? "" : converted.error().message));
  REQUIRE(converted.ok());
  CHECK(converted.value()["metadata"]["fly_flyctl_version"] == "raxol-deploy/test");
  return comparable(converted.value());
}

ConversionOptions test_options() {
  ConversionOptions options;
  options.tool_version = "raxol-deploy/test";
  return options;
}

}  // namespace raxol::fly::test
