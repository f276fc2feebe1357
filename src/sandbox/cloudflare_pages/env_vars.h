// Pages environment variables (deployment_configs.{production,preview}.env_vars): merging a
// PATCH the way Cloudflare does (a null entry removes the variable, others replace it) and the
// view the API returns, in which a secret_text value is never shown. Stored in the project
// record under "env_vars": {"production": {NAME: {type, value}}, "preview": {...}}.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace raxol::sandbox::cloudflare_pages {

using nlohmann::json;

// Limits the emulator enforces (Cloudflare Pages' documented ones).
inline constexpr size_t kMaxEnvVarValueBytes = 5 * 1024;
inline constexpr size_t kMaxEnvVarsPerEnvironment = 128;

// Applies the env_vars of a PATCH's `deployment_configs` to `project`. Validates everything
// first: on a problem, changes nothing and returns the message ("" when applied).
std::string merge_env_vars(json& project, const json& deployment_configs);

// The API's `env_vars` of one environment: null when there are none, secret values as "".
json env_vars_view(const json& stored);

}  // namespace raxol::sandbox::cloudflare_pages
