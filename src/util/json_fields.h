// Lenient readers of one field of a JSON object, for API answers and emulator state where a
// missing or mistyped field means "not set": they never throw.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace raxol {

// object[key] when `object` is an object and the field is a string, else `fallback`.
std::string string_field(const nlohmann::json& object, const char* key,
                         const std::string& fallback = {});
// object[key] when it is an integer (or a float with an integral value), else `fallback`.
std::int64_t int_field(const nlohmann::json& object, const char* key, std::int64_t fallback = 0);
// object[key] when it is a boolean, else `fallback`.
bool bool_field(const nlohmann::json& object, const char* key, bool fallback = false);

}  // namespace raxol
