#include "system/user_paths.h"

#include <unistd.h>

#include "util/strings.h"

namespace raxol {

std::optional<std::filesystem::path> find_program(const Environment& env, const std::string& name) {
  if (name.find('/') != std::string::npos)
    return ::access(name.c_str(), X_OK) == 0 ? std::optional<std::filesystem::path>(name)
                                             : std::nullopt;
  for (const auto& folder : split(env.get("PATH").value_or("/usr/local/bin:/usr/bin:/bin"), ':')) {
    if (folder.empty()) continue;
    const auto candidate = std::filesystem::path(folder) / name;
    std::error_code ec;
    if (std::filesystem::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0)
      return candidate;
  }
  return std::nullopt;
}

std::filesystem::path user_cache_dir(const Environment& env) {
  std::filesystem::path base;
  if (auto xdg = env.first_of({"XDG_CACHE_HOME"}))
    base = *xdg;
  else if (auto home = env.first_of({"HOME"}))
    base = std::filesystem::path(*home) / ".cache";
  return base.empty() ? base : base / "raxol-deploy";
}

}  // namespace raxol
