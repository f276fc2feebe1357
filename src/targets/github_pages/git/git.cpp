#include "targets/github_pages/git/git.h"

#include "util/strings.h"

namespace raxol::github_pages {

namespace {
// Variables of the caller's environment that would point git elsewhere.
const std::vector<std::string> kInheritedGitVariables = {
    "GIT_DIR",        "GIT_WORK_TREE",
    "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
    "GIT_NAMESPACE",  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_PREFIX",     "GIT_COMMON_DIR",
};
}  // namespace

std::string short_sha(const std::string& sha) { return sha.substr(0, 7); }

Git::Git(Context& context, std::filesystem::path git_dir, GitAuth auth)
    : context_(context), git_dir_(std::move(git_dir)), auth_(std::move(auth)) {}

Result<ProcessResult> Git::run(const GitCall& call) {
  ProcessSpec spec;
  spec.argv = {"git"};
  spec.argv.insert(spec.argv.end(), call.args.begin(), call.args.end());
  spec.env_remove = kInheritedGitVariables;
  spec.env["GIT_TERMINAL_PROMPT"] = "0";
  spec.env["LC_ALL"] = "C";
  spec.env["GIT_ASKPASS"] = "";
  if (!git_dir_.empty()) spec.env["GIT_DIR"] = git_dir_.string();
  if (call.network && !auth_.empty()) {
    // Appended after any GIT_CONFIG_* the user already passes to git.
    int base = 0;
    if (auto count = context_.env.get("GIT_CONFIG_COUNT")) {
      try {
        base = std::stoi(*count);
      } catch (const std::exception&) {
        base = 0;
      }
    }
    spec.env["GIT_CONFIG_COUNT"] = std::to_string(base + 1);
    spec.env["GIT_CONFIG_KEY_" + std::to_string(base)] = "http." + auth_.scope + ".extraHeader";
    spec.env["GIT_CONFIG_VALUE_" + std::to_string(base)] = auth_.header;
  }
  for (const auto& [name, value] : call.env) spec.env[name] = value;
  spec.stdin_data = call.stdin_data;
  spec.timeout = call.timeout;
  if (context_.ui.verbosity() >= 2 || (call.network && context_.ui.verbosity() >= 1)) {
    std::string line = "git";
    for (const auto& arg : call.args) line += " " + arg;
    context_.ui.debug(context_.redactor.redact(line));
  }
  return context_.processes.run(spec);
}

Result<std::string> Git::output(const GitCall& call) {
  RAXOL_ASSIGN_OR_RETURN(ProcessResult result, run(call));
  if (result.exit_code != 0) return git_error(context_, call, result);
  return std::move(result.out);
}

Result<std::string> Git::output(std::vector<std::string> args) {
  GitCall call;
  call.args = std::move(args);
  return output(call);
}

Error git_error(Context& context, const GitCall& call, const ProcessResult& result) {
  std::string command = "git";
  for (size_t i = 0; i < call.args.size() && i < 2; ++i) command += " " + call.args[i];
  std::string why = result.timed_out     ? "timed out"
                    : result.signal != 0 ? "killed by signal " + std::to_string(result.signal)
                                         : "exit " + std::to_string(result.exit_code);
  Error error = make_error(call.network ? ErrorKind::network : ErrorKind::failed,
                           command + " failed (" + why + ")");
  std::string text = trim(result.err.empty() ? result.out : result.err);
  size_t start = 0;
  int lines = 0;
  while (start < text.size() && lines < 8) {
    auto end = text.find('\n', start);
    std::string line =
        text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!trim(line).empty()) {
      error.notes.push_back(context.redactor.redact(redact_url_credentials(trim(line))));
      ++lines;
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (call.network) {
    for (const auto& note : error.notes)
      if (note.find("401") != std::string::npos ||
          note.find("Authentication failed") != std::string::npos ||
          note.find("could not read Username") != std::string::npos ||
          note.find("403") != std::string::npos)
        error.kind = ErrorKind::auth;
  }
  return error;
}

}  // namespace raxol::github_pages
