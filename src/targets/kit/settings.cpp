#include "targets/kit/settings.h"

#include <algorithm>

#include "util/strings.h"

namespace raxol {

namespace {

std::string found(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::string:
      return value.get<std::string>().empty() ? "an empty string" : "a string";
    case nlohmann::json::value_t::boolean:
      return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return "an integer";
    case nlohmann::json::value_t::number_float:
      return "a floating-point number";
    case nlohmann::json::value_t::array:
      return "an array";
    case nlohmann::json::value_t::object:
      return "a table";
    default:
      return "nothing";
  }
}

std::string expected(const SettingSpec& setting) {
  switch (setting.type) {
    case SettingType::boolean:
      return "a boolean";
    case SettingType::string_list:
      return "an array of strings";
    case SettingType::string:
      break;
  }
  if (!setting.choices.empty()) return "one of " + join(setting.choices, ", ");
  return "a string";
}

// A value discovered in a workflow may still be an expression that only GitHub can evaluate.
bool is_expression(const nlohmann::json& value) {
  return value.is_string() && value.get<std::string>().find("${{") != std::string::npos;
}

Status check_value(const SettingSpec& setting, const nlohmann::json& value,
                   const Settings& view) {
  const std::string key = setting.key;
  if (is_expression(value))
    return view.error(key, "is a workflow expression (" + value.get<std::string>() +
                               "); set it in raxol-deploy.toml");
  const std::string path = "targets." + view.spec().name + "." + key;
  auto mismatch = [&](const std::string& what) {
    return config_error(view.where(key), path, expected(setting), what);
  };
  switch (setting.type) {
    case SettingType::boolean:
      if (!value.is_boolean()) return mismatch(found(value));
      return {};
    case SettingType::string_list:
      if (!value.is_array()) return mismatch(found(value));
      for (size_t i = 0; i < value.size(); ++i) {
        const std::string item = key + "[" + std::to_string(i) + "]";
        if (!value[i].is_string())
          return config_error(view.where(item), path + "[" + std::to_string(i) + "]", "a string",
                              found(value[i]));
        if (is_expression(value[i]))
          return view.error(item, "is a workflow expression (" + value[i].get<std::string>() +
                                      "); set it in raxol-deploy.toml");
      }
      return {};
    case SettingType::string:
      break;
  }
  if (!value.is_string()) return mismatch(found(value));
  const std::string text = value.get<std::string>();
  if (setting.required && text.empty())
    return config_error(view.where(key), path, "a non-empty string", found(value));
  if (!setting.choices.empty() &&
      std::find(setting.choices.begin(), setting.choices.end(), text) == setting.choices.end())
    return mismatch("\"" + text + "\"");
  return {};
}

}  // namespace

const SettingSpec* find_setting(const TargetKind& kind, std::string_view key) {
  for (const auto& setting : kind.settings)
    if (setting.key == key) return &setting;
  return nullptr;
}

Status check_settings(const TargetKind& kind, TargetSpec& spec, Diagnostics& warnings) {
  if (!spec.settings.is_object()) spec.settings = nlohmann::json::object();
  const Settings view(spec);
  std::vector<std::string> unknown;
  for (auto& [key, value] : spec.settings.items()) {
    const SettingSpec* setting = find_setting(kind, key);
    if (setting == nullptr) {
      unknown.push_back(key);
      continue;
    }
    if (value.is_null()) continue;  // discovery's "not given"
    RAXOL_TRY(check_value(*setting, value, view));
  }
  for (const auto& key : unknown) {
    warnings.push_back({view.key_where(key), "targets." + spec.name + "." + key,
                        "unknown key for " + kind.name + ", ignored"});
    spec.settings.erase(key);
  }
  for (const auto& setting : kind.settings) {
    if (spec.settings.contains(setting.key) && !spec.settings[setting.key].is_null()) continue;
    if (setting.required)
      return config_error_message(spec.source, "targets." + spec.name + "." + setting.key,
                                  "missing required key (" + setting.description + ")");
    if (!setting.default_value.is_null()) spec.settings[setting.key] = setting.default_value;
  }
  return {};
}

bool Settings::has(const std::string& key) const {
  return spec_->settings.is_object() && spec_->settings.contains(key) &&
         !spec_->settings[key].is_null();
}

std::string Settings::text(const std::string& key) const {
  if (!has(key) || !spec_->settings[key].is_string()) return {};
  return spec_->settings[key].get<std::string>();
}

bool Settings::boolean(const std::string& key) const {
  return has(key) && spec_->settings[key].is_boolean() && spec_->settings[key].get<bool>();
}

std::vector<std::string> Settings::list(const std::string& key) const {
  std::vector<std::string> items;
  if (!has(key) || !spec_->settings[key].is_array()) return items;
  for (const auto& item : spec_->settings[key])
    if (item.is_string()) items.push_back(item.get<std::string>());
  return items;
}

SourceLocation Settings::where(const std::string& key) const {
  auto found = spec_->setting_sources.find(key);
  return found != spec_->setting_sources.end() ? found->second.value : spec_->source;
}

SourceLocation Settings::key_where(const std::string& key) const {
  auto found = spec_->setting_sources.find(key);
  return found != spec_->setting_sources.end() ? found->second.key : spec_->source;
}

Error Settings::error(const std::string& key, const std::string& problem) const {
  return config_error_message(where(key), "targets." + spec_->name + "." + key, problem);
}

}  // namespace raxol
