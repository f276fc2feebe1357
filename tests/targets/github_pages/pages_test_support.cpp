#include "targets/github_pages/pages_test_support.h"

#include <catch2/catch.hpp>

#include "config/project_file.h"
#include "core/project.h"
#include "targets/github_pages/github_pages_target.h"

namespace raxol::test::ghp {

PagesTestContext::PagesTestContext()
    : process_env_(make_process_environment()),
      env_(process_env_.get()),
      fs_(make_local_filesystem()),
      processes_(make_posix_process_runner()),
      http_(make_curl_http_client(CurlOptions{"raxol-test", false})) {
  UiOptions options;
  options.verbosity = 2;
  ui_ = std::make_unique<TerminalUi>(options, out_, err_, in_, redactor_);
  context_ = std::unique_ptr<Context>(new Context{env_, *http_, clock_, *fs_, *processes_, *ui_,
                                                  redactor_, cancel_, in_, GlobalOptions{}});
}

GitHubWorld::GitHubWorld(const nlohmann::json& settings)
    : github_(std::make_unique<GitHubBox>(settings, &test_.clock())),
      curl_(make_curl_http_client(CurlOptions{"raxol-test", false})) {
  for (const auto& [name, value] : github_->box.env()) env().set(name, value);
  RetryPolicy policy;
  policy.max_attempts = 4;
  retrying_ = std::make_unique<RetryingHttpClient>(*curl_, clock(), policy,
                                                   RetryingHttpClient::RetryObserver{}, 7);
}

std::filesystem::path GitHubWorld::seed(const std::string& slug, const std::string& branch,
                                        const std::map<std::string, std::string>& files) {
  auto path = github_->repo(slug);
  if (!std::filesystem::exists(path))
    git({"init", "--quiet", "--bare", "--initial-branch=main", path.string()});
  commit_files(path, branch, files);
  return path;
}

int GitHubWorld::requests(const std::string& method, const std::string& part) {
  int count = 0;
  for (const auto& entry : github_->box.sandbox().requests().entries())
    if (entry.service == "github" && (method.empty() || entry.method == method) &&
        entry.path.find(part) != std::string::npos)
      ++count;
  return count;
}

Result<std::unique_ptr<Target>> open_docs_target(Context& context, const std::string& toml) {
  const std::string text = "[targets.docs]\nkind = \"github-pages\"\n" + toml;
  RAXOL_ASSIGN_OR_RETURN(auto parsed, parse_project_file(text, "raxol-deploy.toml"));
  REQUIRE(parsed.targets.size() == 1);
  TargetSpec spec = parsed.targets.front();
  std::vector<std::string> warnings;
  RAXOL_TRY(check_target_spec(spec, warnings));
  return github_pages::make_github_pages_target(spec, Settings(spec), context);
}

Outcome deploy_docs(Context& context, Target& target, const DeployRequest& request) {
  auto plan = target.plan(request);
  INFO((plan.ok() ? std::string() : plan.error().message));
  REQUIRE(plan.ok());
  auto progress = context.ui.start_progress("deploying", "steps");
  auto outcome = target.apply(*plan, *progress);
  INFO((outcome.ok() ? std::string() : outcome.error().message));
  REQUIRE(outcome.ok());
  return *outcome;
}

InDirectory::InDirectory(const std::filesystem::path& dir)
    : previous_(std::filesystem::current_path()) {
  std::filesystem::current_path(dir);
}

InDirectory::~InDirectory() {
  std::error_code ignored;
  std::filesystem::current_path(previous_, ignored);
}

namespace {
ProcessResult run_git(const std::vector<std::string>& args, const std::filesystem::path& git_dir,
                      const std::map<std::string, std::string>& env, const std::string& input) {
  ProcessSpec spec;
  spec.argv = {"git"};
  spec.argv.insert(spec.argv.end(), args.begin(), args.end());
  spec.env = env;
  if (!git_dir.empty()) spec.env["GIT_DIR"] = git_dir.string();
  spec.env["GIT_AUTHOR_NAME"] = spec.env["GIT_COMMITTER_NAME"] = "Test";
  spec.env["GIT_AUTHOR_EMAIL"] = spec.env["GIT_COMMITTER_EMAIL"] = "test@example.org";
  spec.stdin_data = input;
  auto result = make_posix_process_runner()->run(spec);
  REQUIRE(result.ok());
  return *result;
}

std::string trim(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}
}  // namespace

std::string git(const std::vector<std::string>& args, const std::filesystem::path& git_dir,
                const std::map<std::string, std::string>& env) {
  auto result = run_git(args, git_dir, env, {});
  INFO("git " << args.front() << ": " << result.err);
  REQUIRE(result.exit_code == 0);
  return trim(result.out);
}

std::map<std::string, std::string> branch_files(const std::filesystem::path& git_dir,
                                                const std::string& ref) {
  std::map<std::string, std::string> files;
  std::string list = git({"ls-tree", "-r", "--name-only", ref}, git_dir);
  std::istringstream lines(list);
  std::string path;
  while (std::getline(lines, path))
    if (!path.empty()) files[path] = run_git({"show", ref + ":" + path}, git_dir, {}, {}).out;
  return files;
}

int commit_count(const std::filesystem::path& git_dir, const std::string& ref) {
  auto result = run_git({"rev-list", "--first-parent", "--count", ref}, git_dir, {}, {});
  return result.exit_code == 0 ? std::stoi(result.out) : 0;
}

std::string commit_files(const std::filesystem::path& git_dir, const std::string& branch,
                         const std::map<std::string, std::string>& files,
                         const std::string& message) {
  TempDir scratch;
  std::map<std::string, std::string> env = {{"GIT_INDEX_FILE", (scratch / "index").string()}};
  auto tip = run_git({"rev-parse", "--verify", "-q", "refs/heads/" + branch}, git_dir, {}, {});
  std::string parent = tip.exit_code == 0 ? trim(tip.out) : "";
  if (!parent.empty()) git({"read-tree", parent}, git_dir, env);
  for (const auto& [path, content] : files) {
    auto blob = run_git({"hash-object", "-w", "--stdin"}, git_dir, {}, content);
    git({"update-index", "--add", "--cacheinfo", "100644," + trim(blob.out) + "," + path}, git_dir,
        env);
  }
  std::string tree = git({"write-tree"}, git_dir, env);
  std::vector<std::string> args = {"commit-tree", tree, "-m", message};
  if (!parent.empty()) args.insert(args.end(), {"-p", parent});
  std::string commit = git(args, git_dir);
  git({"update-ref", "refs/heads/" + branch, commit}, git_dir);
  return commit;
}

}  // namespace raxol::test::ghp
