#include "sandbox/kit/settings_reader.h"

#include <limits>

#include "util/json_fields.h"

namespace raxol::sandbox::kit {

using nlohmann::json;

SettingsReader::SettingsReader(const json& document, const std::string& service) {
  if (document.is_object()) {
    auto found = document.find(service);
    if (found != document.end() && found->is_object()) section_ = *found;
  }
  if (!section_.is_object()) section_ = json::object();
}

const json* SettingsReader::field(const char* key) const {
  auto found = section_.find(key);
  return found == section_.end() ? nullptr : &*found;
}

void SettingsReader::read_int(const char* key, std::int64_t& value) const {
  value = int_field(section_, key, value);
}

void SettingsReader::read_int(const char* key, int& value) const {
  const std::int64_t wide = int_field(section_, key, value);
  if (wide >= std::numeric_limits<int>::min() && wide <= std::numeric_limits<int>::max())
    value = static_cast<int>(wide);
}

void SettingsReader::read_int(const char* key, std::optional<int>& value) const {
  // A malformed value keeps each fallback: two different fallbacks tell it from a real one.
  int first = 0, second = 1;
  read_int(key, first);
  read_int(key, second);
  if (first == second) value = first;
}

void SettingsReader::read_bool(const char* key, bool& value) const {
  value = bool_field(section_, key, value);
}

void SettingsReader::read_string(const char* key, std::string& value) const {
  value = string_field(section_, key, value);
}

void SettingsReader::read_nonempty_string(const char* key, std::string& value) const {
  const std::string read = string_field(section_, key);
  if (!read.empty()) value = read;
}

void SettingsReader::read_string_list(const char* key, std::vector<std::string>& value) const {
  const json* found = field(key);
  if (found == nullptr) return;
  if (found->is_string()) {
    value = {found->get<std::string>()};
  } else if (found->is_array()) {
    value.clear();
    for (const auto& item : *found)
      if (item.is_string()) value.push_back(item.get<std::string>());
  }
}

void SettingsReader::read_string_set(const char* key, std::set<std::string>& value) const {
  if (field(key) == nullptr) return;
  std::vector<std::string> list(value.begin(), value.end());
  read_string_list(key, list);
  value = std::set<std::string>(list.begin(), list.end());
}

void SettingsReader::read_name_globs(const char* key, std::vector<std::string>& value) const {
  const json* found = field(key);
  if (found == nullptr || !(found->is_string() || found->is_array())) return;
  std::vector<std::string> globs;
  read_string_list(key, globs);
  value.clear();
  for (const auto& glob : globs) value.push_back(name_glob(glob));
}

void SettingsReader::read_map(const char* key, std::map<std::string, std::string>& value,
                              const std::string& fallback) const {
  const json* found = field(key);
  if (found == nullptr || !found->is_object() || found->empty()) return;
  value.clear();
  for (const auto& [name, item] : found->items())
    value[name] = item.is_string() ? item.get<std::string>() : fallback;
}

void read_settings(StateFile& settings, const std::string& service,
                   const std::function<void(const SettingsReader&)>& read) {
  settings.read([&](const json& document) { read(SettingsReader(document, service)); });
}

std::string name_glob(const std::string& glob) {
  std::string converted;
  for (size_t i = 0; i < glob.size(); ++i) {
    if (glob[i] != '*') {
      converted += glob[i];
    } else if (i + 1 < glob.size() && glob[i + 1] == '*') {
      converted += "**";
      ++i;
    } else {
      converted += "**";
    }
  }
  return converted;
}

}  // namespace raxol::sandbox::kit
