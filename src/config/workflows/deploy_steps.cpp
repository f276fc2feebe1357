// The recognisers: which actions and command lines deploy, and which of their inputs map to
// project-file settings. Inputs follow each action's action.yml (defaults included), so that
// a discovered target deploys what the workflow would.
#include "config/workflows/deploy_steps.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "config/workflows/deploy_commands.h"
#include "config/workflows/shell_commands.h"
#include "util/strings.h"

namespace raxol::workflows {
namespace {

// The action a `uses:` names, lower-cased (GitHub owners and repositories are case-blind)
// and without its ref: "peaceiris/actions-gh-pages".
std::string action_of(const std::string& uses) {
  std::string name = lower(uses.substr(0, uses.find('@')));
  while (!name.empty() && name.back() == ' ') name.pop_back();
  return name;
}

// True for the action `repo` itself or one of its sub-actions ("repo/setup-x").
bool is_action(const std::string& action, std::string_view repo) {
  return action.rfind(repo, 0) == 0 && (action.size() == repo.size() || action[repo.size()] == '/');
}

// One deploy read from a step, before the step's context is added.
struct Found {
  DeployCommand deploy;
  std::string command;  // the command line it came from, if any
  bool from_run = false;
};

// A `with:` input usable as a setting: present and not a secret.
std::optional<std::string> input(const Step& step, const std::string& name) {
  auto it = step.with.find(name);
  if (it == step.with.end() || mentions_secret(it->second)) return std::nullopt;
  return it->second;
}

nlohmann::json boolean_or_text(const std::string& text) {
  if (text == "true") return true;
  if (text == "false") return false;
  return text;  // an expression, kept as written
}

// peaceiris/actions-gh-pages (v3/v4).
Found peaceiris(const Step& step) {
  Found found;
  found.deploy.kind = "github-pages";
  auto& settings = found.deploy.settings;
  settings["directory"] = join_path("", input(step, "publish_dir").value_or("public"));
  settings["destination_dir"] = normalize_path(input(step, "destination_dir").value_or(""));
  settings["branch"] = input(step, "publish_branch").value_or("gh-pages");
  if (auto cname = input(step, "cname")) settings["cname"] = *cname;
  if (auto keep = input(step, "keep_files")) settings["keep_files"] = boolean_or_text(*keep);
  if (auto repository = input(step, "external_repository")) settings["repository"] = *repository;
  for (const char* jekyll : {"enable_jekyll", "disable_nojekyll"})
    if (input(step, jekyll).value_or("") == "true") settings["nojekyll"] = false;
  return found;
}

// JamesIves/github-pages-deploy-action (v4): `clean` (default true) is the opposite of
// keep_files.
Found james_ives(const Step& step) {
  Found found;
  found.deploy.kind = "github-pages";
  auto& settings = found.deploy.settings;
  settings["directory"] = join_path("", input(step, "folder").value_or("."));
  settings["destination_dir"] = normalize_path(input(step, "target-folder").value_or(""));
  settings["branch"] = input(step, "branch").value_or("gh-pages");
  if (auto clean = input(step, "clean")) {
    nlohmann::json value = boolean_or_text(*clean);
    settings["keep_files"] = value.is_boolean() ? nlohmann::json(!value.get<bool>()) : value;
  }
  if (auto repository = input(step, "repository-name")) settings["repository"] = *repository;
  return found;
}

// cloudflare/pages-action (v1): `directory` is relative to `workingDirectory`.
Found pages_action(const Step& step) {
  Found found;
  found.deploy.kind = "cloudflare-pages";
  auto& settings = found.deploy.settings;
  const std::string base = normalize_path(input(step, "workingDirectory").value_or(""));
  if (auto directory = input(step, "directory"))
    settings["directory"] = join_path(base, *directory);
  if (auto project = input(step, "projectName")) settings["project"] = *project;
  if (auto branch = input(step, "branch")) settings["branch"] = *branch;
  if (auto account = input(step, "accountId")) settings["account_id"] = *account;
  return found;
}

// cloudflare/wrangler-action (v3): `command:` holds one wrangler command a line, without the
// leading `wrangler`.
std::vector<Found> wrangler_action(const Step& step) {
  std::vector<Found> found;
  auto it = step.with.find("command");
  if (it == step.with.end()) return found;  // its default is a Workers deploy, not Pages
  const std::string base = normalize_path(input(step, "workingDirectory").value_or(""));
  for (auto& command : split_shell_script(it->second, base)) {
    auto words = command.words;
    if (words[0] != "wrangler" && words[0] != "npx") words.insert(words.begin(), "wrangler");
    auto deploy = read_wrangler_pages_deploy(words, command.directory);
    if (!deploy) continue;
    if (auto account = input(step, "accountId")) deploy->settings["account_id"] = *account;
    found.push_back({std::move(*deploy), command.text, false});
  }
  return found;
}

// superfly/flyctl-actions (the Docker action, 1.x): `args: "deploy ..."`.
std::optional<Found> flyctl_action(const Step& step) {
  auto args = step.with.find("args");
  if (args == step.with.end()) return std::nullopt;
  std::vector<std::string> words = split_words(args->second);
  words.insert(words.begin(), "flyctl");
  auto deploy = read_fly_deploy(words, "");
  if (!deploy) return std::nullopt;
  return Found{std::move(*deploy), args->second, false};
}

std::vector<Found> recognise(const Step& step) {
  std::vector<Found> found;
  if (step.uses.empty()) {
    for (auto& command : split_shell_script(step.run, step.working_directory))
      if (auto deploy = read_deploy_command(command.words, command.directory))
        found.push_back({std::move(*deploy), command.text, true});
    return found;
  }
  const std::string action = action_of(step.uses);
  if (is_action(action, "peaceiris/actions-gh-pages")) {
    found.push_back(peaceiris(step));
  } else if (is_action(action, "jamesives/github-pages-deploy-action")) {
    found.push_back(james_ives(step));
  } else if (is_action(action, "cloudflare/pages-action")) {
    found.push_back(pages_action(step));
  } else if (is_action(action, "cloudflare/wrangler-action")) {
    found = wrangler_action(step);
  } else if (is_action(action, "superfly/flyctl-actions") &&
             !is_action(action, "superfly/flyctl-actions/setup-flyctl")) {
    if (auto deploy = flyctl_action(step)) found.push_back(std::move(*deploy));
  }
  return found;
}

nlohmann::json guard_json(const Guard& guard) {
  return {{"expression", guard.expression}, {"source", guard.where.to_string()}};
}

// The secrets the step can see: its own inputs, env and script, and the env of its job and
// workflow. Names only; values are never read.
std::vector<std::string> secret_names(const Workflow& workflow, const Job& job, const Step& step) {
  std::vector<std::string> names;
  for (const auto* values : {&step.with, &step.env, &job.env, &workflow.env})
    for (const auto& [key, value] : *values) collect_secret_names(value, names);
  collect_secret_names(step.with_expression, names);
  collect_secret_names(step.run, names);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

nlohmann::json discovery_record(const Workflow& workflow, const Job& job, const Step& step,
                                const Found& found, const std::string& setup) {
  nlohmann::json discovery = {
      {"workflow", workflow.file}, {"workflow_name", workflow.name}, {"job", job.id},
      {"job_name", job.name},      {"step_index", step.index},       {"step_name", step.name}};
  if (step.parallel_index > 0) discovery["step_parallel_index"] = step.parallel_index;
  discovery["step_source"] =
      (step.action_where.line > 0 ? step.action_where : step.where).to_string();
  if (found.from_run) {
    discovery["run"] = mask_secret_expressions(found.command);
    if (!step.working_directory.empty()) discovery["working_directory"] = step.working_directory;
    if (found.deploy.kind == "fly" && !setup.empty()) discovery["setup"] = setup;
  } else {
    discovery["uses"] = step.uses;
    if (!found.command.empty()) discovery["command"] = mask_secret_expressions(found.command);
    nlohmann::json inputs = nlohmann::json::object();
    for (const auto& [key, value] : step.with)
      if (!mentions_secret(value)) inputs[key] = value;
    discovery["inputs"] = inputs;
  }
  if (!found.deploy.flags.empty()) discovery["flags"] = found.deploy.flags;
  discovery["triggers"] = triggers_to_json(workflow.triggers);
  if (job.if_guard.present()) discovery["job_if"] = guard_json(job.if_guard);
  if (step.if_guard.present()) discovery["step_if"] = guard_json(step.if_guard);
  if (!job.needs.empty()) discovery["job_needs"] = job.needs;
  if (!job.environment.empty()) discovery["environment"] = job.environment;
  discovery["secrets"] = secret_names(workflow, job, step);
  return discovery;
}

// Every job `job` waits for, directly or through other jobs, in the order first reached.
std::vector<std::string> jobs_before(const Workflow& workflow, const Job& job) {
  std::vector<std::string> before;
  std::vector<std::string> pending = job.needs;
  while (!pending.empty()) {
    const std::string id = pending.back();
    pending.pop_back();
    if (id == job.id || std::find(before.begin(), before.end(), id) != before.end()) continue;
    before.push_back(id);
    for (const auto& other : workflow.jobs)
      if (other.id == id) pending.insert(pending.end(), other.needs.begin(), other.needs.end());
  }
  return before;
}

}  // namespace

std::vector<DeployStep> find_deploy_steps(const Workflow& workflow) {
  std::vector<DeployStep> steps;
  for (const auto& job : workflow.jobs) {
    std::string setup;  // a setup-flyctl step earlier in the job, which the deploy relies on
    for (const auto& step : job.steps) {
      if (is_action(action_of(step.uses), "superfly/flyctl-actions/setup-flyctl"))
        setup = step.uses;
      for (auto& found : recognise(step)) {
        DeployStep deploy;
        deploy.kind = found.deploy.kind;
        deploy.settings = found.deploy.settings;
        deploy.where = step.action_where.line > 0 ? step.action_where : step.where;
        deploy.discovery = discovery_record(workflow, job, step, found, setup);
        deploy.after_jobs = jobs_before(workflow, job);
        steps.push_back(std::move(deploy));
      }
    }
  }
  return steps;
}

}  // namespace raxol::workflows
