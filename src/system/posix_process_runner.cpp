// Runs children with posix_spawnp and three pipes, multiplexed with poll() so that a chatty
// child never blocks on a full pipe. The environment is built explicitly (secrets travel here,
// never in argv).
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>

#include "raxol/process.h"

extern char** environ;

namespace raxol {

namespace {

struct Pipe {
  int read_end = -1;
  int write_end = -1;
  bool open() {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return false;
    read_end = fds[0];
    write_end = fds[1];
    return true;
  }
  static void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
  ~Pipe() {
    close_fd(read_end);
    close_fd(write_end);
  }
};

std::vector<std::string> build_environment(const ProcessSpec& spec) {
  std::map<std::string, std::string> merged;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    std::string_view text(*entry);
    auto eq = text.find('=');
    if (eq == std::string_view::npos) continue;
    merged[std::string(text.substr(0, eq))] = std::string(text.substr(eq + 1));
  }
  for (const auto& name : spec.env_remove) merged.erase(name);
  for (const auto& [name, value] : spec.env) merged[name] = value;
  std::vector<std::string> result;
  result.reserve(merged.size());
  for (const auto& [name, value] : merged) result.push_back(name + "=" + value);
  return result;
}

class PosixProcessRunner : public ProcessRunner {
 public:
  Result<ProcessResult> run(const ProcessSpec& spec) override {
    if (spec.argv.empty()) return make_error(ErrorKind::internal, "no program to run");
    Pipe in, out, err;
    if (!in.open() || !out.open() || !err.open())
      return make_error(ErrorKind::internal, std::string("pipe: ") + std::strerror(errno));

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.read_end, 0);
    posix_spawn_file_actions_adddup2(&actions, out.write_end, 1);
    posix_spawn_file_actions_adddup2(&actions, err.write_end, 2);
    if (!spec.cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, spec.cwd.c_str());

    // The child starts with default signal handling even though we ignore SIGPIPE.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);

    std::vector<char*> argv;
    for (const auto& arg : spec.argv) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    auto env_strings = build_environment(spec);
    std::vector<char*> envp;
    for (auto& entry : env_strings) envp.push_back(entry.data());
    envp.push_back(nullptr);

    pid_t pid = 0;
    int spawn_error =
        posix_spawnp(&pid, argv[0], &actions, &attributes, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawn_error != 0)
      return make_error(ErrorKind::internal,
                        "cannot run " + spec.argv[0] + ": " + std::strerror(spawn_error));

    Pipe::close_fd(in.read_end);
    Pipe::close_fd(out.write_end);
    Pipe::close_fd(err.write_end);
    return collect(pid, spec, in.write_end, out.read_end, err.read_end);
  }

 private:
  static Result<ProcessResult> collect(pid_t pid, const ProcessSpec& spec, int& stdin_fd,
                                       int& stdout_fd, int& stderr_fd) {
    ProcessResult result;
    size_t written = 0;
    fcntl(stdin_fd, F_SETFL, O_NONBLOCK);
    if (spec.stdin_data.empty()) Pipe::close_fd(stdin_fd);
    auto deadline = spec.timeout ? std::chrono::steady_clock::now() + *spec.timeout
                                 : std::chrono::steady_clock::time_point::max();
    char buffer[65536];
    while (stdout_fd >= 0 || stderr_fd >= 0 || stdin_fd >= 0) {
      pollfd fds[3];
      int count = 0;
      if (stdin_fd >= 0) fds[count++] = {stdin_fd, POLLOUT, 0};
      if (stdout_fd >= 0) fds[count++] = {stdout_fd, POLLIN, 0};
      if (stderr_fd >= 0) fds[count++] = {stderr_fd, POLLIN, 0};
      int wait_ms = 200;
      if (spec.timeout) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
          kill(pid, SIGKILL);
          result.timed_out = true;
          break;
        }
        wait_ms = static_cast<int>(std::min<long long>(left.count(), 200));
      }
      int ready = poll(fds, count, wait_ms);
      if (ready < 0 && errno != EINTR) break;
      for (int i = 0; i < count && ready > 0; ++i) {
        if (fds[i].revents == 0) continue;
        if (fds[i].fd == stdin_fd) {
          ssize_t n = ::write(stdin_fd, spec.stdin_data.data() + written,
                              spec.stdin_data.size() - written);
          if (n > 0) written += static_cast<size_t>(n);
          if (n < 0 && errno != EAGAIN) written = spec.stdin_data.size();
          if (written >= spec.stdin_data.size()) Pipe::close_fd(stdin_fd);
          continue;
        }
        ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
        if (n > 0) {
          const bool from_stderr = fds[i].fd == stderr_fd;
          (from_stderr ? result.err : result.out).append(buffer, static_cast<size_t>(n));
          if (spec.on_output)
            spec.on_output(from_stderr, std::string_view(buffer, static_cast<size_t>(n)));
        } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
          if (fds[i].fd == stdout_fd) Pipe::close_fd(stdout_fd);
          else Pipe::close_fd(stderr_fd);
        }
      }
    }
    Pipe::close_fd(stdin_fd);
    Pipe::close_fd(stdout_fd);
    Pipe::close_fd(stderr_fd);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    return result;
  }
};

}  // namespace

std::unique_ptr<ProcessRunner> make_posix_process_runner() {
  return std::make_unique<PosixProcessRunner>();
}

}  // namespace raxol
