#include "support/spawn_binary.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "support/run_binary.h"

extern char** environ;

namespace raxol::test {

BackgroundBinary::BackgroundBinary(const std::vector<std::string>& args,
                                   const std::map<std::string, std::string>& env,
                                   const std::filesystem::path& cwd) {
  std::vector<std::string> argv_strings{binary_path()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& arg : argv_strings) argv.push_back(arg.data());
  argv.push_back(nullptr);

  std::vector<std::string> env_strings;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    std::string text(*entry);
    if (env.count(text.substr(0, text.find('=')))) continue;
    env_strings.push_back(text);
  }
  for (const auto& [name, value] : env) env_strings.push_back(name + "=" + value);
  env_strings.push_back("NO_COLOR=1");
  std::vector<char*> envp;
  for (auto& entry : env_strings) envp.push_back(entry.data());
  envp.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, (output_.path() / "out").c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, (output_.path() / "err").c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
  posix_spawn(&pid_, binary_path().c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
}

BackgroundBinary::~BackgroundBinary() {
  if (pid_ > 0 && !finished_) {
    ::kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
}

void BackgroundBinary::signal(int signal_number) {
  if (pid_ > 0) ::kill(pid_, signal_number);
}

BinaryResult BackgroundBinary::wait() {
  BinaryResult result;
  int status = 0;
  waitpid(pid_, &status, 0);
  finished_ = true;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(output_.path() / "out");
  result.err = read_file(output_.path() / "err");
  return result;
}

}  // namespace raxol::test
