#include "util/json_fields.h"

#include <cmath>

namespace raxol {

namespace {
const nlohmann::json* field(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto found = object.find(key);
  return found == object.end() ? nullptr : &*found;
}
}  // namespace

std::string string_field(const nlohmann::json& object, const char* key,
                         const std::string& fallback) {
  const auto* value = field(object, key);
  return value != nullptr && value->is_string() ? value->get<std::string>() : fallback;
}

std::int64_t int_field(const nlohmann::json& object, const char* key, std::int64_t fallback) {
  const auto* value = field(object, key);
  if (value == nullptr) return fallback;
  if (value->is_number_integer()) return value->get<std::int64_t>();
  if (value->is_number_float()) {
    const double number = value->get<double>();
    if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9e18)
      return static_cast<std::int64_t>(number);
  }
  return fallback;
}

bool bool_field(const nlohmann::json& object, const char* key, bool fallback) {
  const auto* value = field(object, key);
  return value != nullptr && value->is_boolean() ? value->get<bool>() : fallback;
}

}  // namespace raxol
