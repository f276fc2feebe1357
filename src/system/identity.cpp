#include "system/identity.h"

namespace raxol {

std::string current_user(Context& context) {
  if (auto actor = context.env.first_of({"GITHUB_ACTOR"})) return "github:" + *actor;
  ProcessSpec git({"git", "config", "user.email"});
  git.timeout = std::chrono::seconds(5);
  auto email = context.processes.run(git);
  if (email.ok() && email->exit_code == 0) {
    std::string text = email->out;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    if (!text.empty()) return text;
  }
  if (auto user = context.env.first_of({"USER", "LOGNAME"})) return *user;
  return "unknown";
}

}  // namespace raxol
