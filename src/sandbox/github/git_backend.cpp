#include "sandbox/github/git_backend.h"

#include <unistd.h>

#include "util/strings.h"

namespace raxol::sandbox::github {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kGitVariables = {"GIT_DIR",
                                                "GIT_WORK_TREE",
                                                "GIT_INDEX_FILE",
                                                "GIT_CONFIG_COUNT",
                                                "GIT_OBJECT_DIRECTORY",
                                                "GIT_NAMESPACE",
                                                "GIT_CONFIG_PARAMETERS"};

}  // namespace

GitBackend::GitBackend(fs::path repos_dir)
    : repos_dir_(std::move(repos_dir)), processes_(make_posix_process_runner()) {}

fs::path GitBackend::repo_path(const std::string& owner, const std::string& repo) const {
  return repos_dir_ / owner / (repo + ".git");
}

Result<ProcessResult> GitBackend::git(const fs::path& git_dir, std::vector<std::string> args,
                                      std::string stdin_data,
                                      std::map<std::string, std::string> env) {
  ProcessSpec spec;
  spec.argv = {"git"};
  spec.argv.insert(spec.argv.end(), args.begin(), args.end());
  spec.env_remove = kGitVariables;
  spec.env = std::move(env);
  spec.env["GIT_DIR"] = git_dir.string();
  spec.env["LC_ALL"] = "C";
  spec.stdin_data = std::move(stdin_data);
  spec.timeout = std::chrono::minutes(2);
  return processes_->run(spec);
}

Status GitBackend::ensure_repo(const std::string& owner, const std::string& repo) {
  fs::path path = repo_path(owner, repo);
  std::lock_guard guard(create_mutex_);
  if (fs::exists(path / "HEAD")) return {};
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  ProcessSpec spec({"git", "init", "--quiet", "--bare", "--initial-branch=main", path.string()});
  spec.env_remove = kGitVariables;
  auto result = processes_->run(spec);
  if (!result.ok()) return result.error();
  if (result->exit_code != 0)
    return make_error(ErrorKind::failed, "git init " + path.string() + ": " + result->err);
  return {};
}

std::string GitBackend::branch_tip(const std::string& owner, const std::string& repo,
                                   const std::string& branch) {
  fs::path path = repo_path(owner, repo);
  if (!fs::exists(path / "HEAD")) return {};
  auto result = git(path, {"rev-parse", "--verify", "--quiet", "refs/heads/" + branch});
  if (!result.ok() || result->exit_code != 0) return {};
  return trim(result->out);
}

Result<std::string> GitBackend::land_concurrent_commit(const std::string& owner,
                                                       const std::string& repo,
                                                       const std::string& branch) {
  RAXOL_TRY(ensure_repo(owner, repo));
  fs::path path = repo_path(owner, repo);
  std::string tip = branch_tip(owner, repo, branch);
  int n = ++concurrent_counter_;
  std::string name = "concurrent/" + std::to_string(::getpid()) + "-" + std::to_string(n) + ".txt";
  auto fail = [&](const std::string& step, const ProcessResult& result) {
    return make_error(ErrorKind::failed, "concurrent commit: " + step + ": " + result.err);
  };
  RAXOL_ASSIGN_OR_RETURN(auto blob, git(path, {"hash-object", "-w", "--stdin"},
                                        "a concurrent publisher wrote this\n"));
  if (blob.exit_code != 0) return fail("hash-object", blob);
  fs::path index =
      path / ("concurrent-" + std::to_string(::getpid()) + "-" + std::to_string(n) + ".index");
  std::map<std::string, std::string> env = {{"GIT_INDEX_FILE", index.string()}};
  if (!tip.empty()) {
    RAXOL_ASSIGN_OR_RETURN(auto read, git(path, {"read-tree", tip}, {}, env));
    if (read.exit_code != 0) return fail("read-tree", read);
  }
  RAXOL_ASSIGN_OR_RETURN(
      auto added,
      git(path, {"update-index", "--add", "--cacheinfo", "100644," + trim(blob.out) + "," + name},
          {}, env));
  if (added.exit_code != 0) return fail("update-index", added);
  RAXOL_ASSIGN_OR_RETURN(auto tree, git(path, {"write-tree"}, {}, env));
  std::error_code ec;
  fs::remove(index, ec);
  if (tree.exit_code != 0) return fail("write-tree", tree);
  std::vector<std::string> commit_args = {"commit-tree", trim(tree.out), "-m",
                                          "concurrent publish (sandbox)"};
  if (!tip.empty()) commit_args.insert(commit_args.end(), {"-p", tip});
  RAXOL_ASSIGN_OR_RETURN(auto commit, git(path, commit_args, {},
                                          {{"GIT_AUTHOR_NAME", "Concurrent Publisher"},
                                           {"GIT_AUTHOR_EMAIL", "concurrent@sandbox.local"},
                                           {"GIT_COMMITTER_NAME", "Concurrent Publisher"},
                                           {"GIT_COMMITTER_EMAIL", "concurrent@sandbox.local"}}));
  if (commit.exit_code != 0) return fail("commit-tree", commit);
  std::vector<std::string> update = {"update-ref", "refs/heads/" + branch, trim(commit.out)};
  if (!tip.empty()) update.push_back(tip);
  RAXOL_ASSIGN_OR_RETURN(auto updated, git(path, update));
  if (updated.exit_code != 0) return fail("update-ref", updated);
  return trim(commit.out);
}

void GitBackend::serve(const httplib::Request& request, httplib::Response& response,
                       const std::string& path_info, const std::string& remote_user) {
  ProcessSpec spec({"git", "http-backend"});
  spec.env_remove = kGitVariables;
  auto question = request.target.find('?');
  spec.env = {{"GIT_PROJECT_ROOT", repos_dir_.string()},
              {"GIT_HTTP_EXPORT_ALL", "1"},
              {"PATH_INFO", path_info},
              {"REQUEST_METHOD", request.method},
              {"QUERY_STRING",
               question == std::string::npos ? std::string() : request.target.substr(question + 1)},
              {"CONTENT_TYPE", request.get_header_value("Content-Type")},
              {"REMOTE_USER", remote_user},
              {"REMOTE_ADDR", request.remote_addr},
              {"GATEWAY_INTERFACE", "CGI/1.1"},
              {"SERVER_PROTOCOL", "HTTP/1.1"}};
  // httplib has already inflated a gzip body, so no HTTP_CONTENT_ENCODING is passed on.
  if (request.method == "POST") spec.env["CONTENT_LENGTH"] = std::to_string(request.body.size());
  if (request.has_header("Git-Protocol"))
    spec.env["HTTP_GIT_PROTOCOL"] = request.get_header_value("Git-Protocol");
  spec.stdin_data = request.body;
  spec.timeout = std::chrono::minutes(5);
  auto result = processes_->run(spec);
  if (!result.ok() || result->exit_code != 0) {
    response.status = 500;
    response.set_content(
        "git http-backend failed: " + (result.ok() ? result->err : result.error().message),
        "text/plain");
    return;
  }
  // CGI answer: header lines, a blank line, the body.
  const std::string& out = result->out;
  size_t header_end = out.find("\r\n\r\n");
  size_t body_start = header_end == std::string::npos ? std::string::npos : header_end + 4;
  if (header_end == std::string::npos) {
    header_end = out.find("\n\n");
    body_start = header_end == std::string::npos ? out.size() : header_end + 2;
  }
  std::string headers = out.substr(0, std::min(header_end, out.size()));
  std::string content_type = "application/octet-stream";
  response.status = 200;
  size_t start = 0;
  while (start < headers.size()) {
    size_t end = headers.find('\n', start);
    std::string line =
        trim(headers.substr(start, end == std::string::npos ? std::string::npos : end - start));
    auto colon = line.find(':');
    if (colon != std::string::npos) {
      const std::string name = line.substr(0, colon);
      const std::string value = trim(line.substr(colon + 1));
      if (name == "Status")
        response.status = std::atoi(value.c_str());
      else if (name == "Content-Type")
        content_type = value;
      else
        response.set_header(name, value);
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  response.set_content(out.substr(std::min(body_start, out.size())), content_type);
}

}  // namespace raxol::sandbox::github
