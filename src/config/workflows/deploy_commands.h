// Deploy command lines as CI scripts write them: `flyctl deploy ...` and
// `wrangler pages deploy ...` (also through npx/pnpm/yarn/bunx, and the legacy
// `wrangler pages publish`). Each reader turns the words into the project-file settings they
// imply.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace raxol::workflows {

struct DeployCommand {
  std::string kind;  // "fly" | "cloudflare-pages"
  nlohmann::json settings = nlohmann::json::object();
  std::vector<std::string> flags;  // the other flags, as written ("--remote-only"); no secrets
};

// `words` start at the program (`flyctl`, `npx`, ...); relative paths resolve from `directory`
// (workspace-relative). nullopt when the words are not a deploy of that kind.
std::optional<DeployCommand> read_fly_deploy(const std::vector<std::string>& words,
                                             const std::string& directory);
std::optional<DeployCommand> read_wrangler_pages_deploy(const std::vector<std::string>& words,
                                                        const std::string& directory);

// Either of the above.
std::optional<DeployCommand> read_deploy_command(const std::vector<std::string>& words,
                                                 const std::string& directory);

// True when `value` refers to a secret (`${{ secrets.X }}`): such values never become settings.
bool mentions_secret(std::string_view value);

// `text` with every `${{ ... }}` that refers to a secret replaced by "[secret]", for command
// lines recorded in discovery output.
std::string mask_secret_expressions(std::string_view text);

// The secret names `text` refers to ("secrets.FLY_API_TOKEN", "secrets['X']"), appended to
// `names`.
void collect_secret_names(std::string_view text, std::vector<std::string>& names);

}  // namespace raxol::workflows
