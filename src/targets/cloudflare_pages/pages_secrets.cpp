#include "targets/cloudflare_pages/pages_secrets.h"

#include "targets/cloudflare_pages/deploy/deployment_steps.h"
#include "util/strings.h"

namespace raxol::cloudflare_pages {

namespace {

Result<std::string> environment_of(const std::string& scope) {
  if (scope.empty() || scope == "production") return std::string("production");
  if (scope == "preview") return scope;
  return make_error(ErrorKind::usage, "Cloudflare Pages environments are production and preview, "
                                      "not '" + scope + "'");
}

Error with_project_hint(Error error) {
  if (error.kind == ErrorKind::not_found)
    error.notes.push_back("`raxol-deploy deploy pages` creates the project");
  return error;
}

// How the change reaches the site: Pages reads variables when a deployment is created.
std::string staged_note(const std::string& env) {
  return env == "production"
             ? "Cloudflare Pages applies environment variables at the next deployment: run "
               "`raxol-deploy secrets deploy pages` (redeploys what production serves) or "
               "`raxol-deploy deploy pages`"
             : "Cloudflare Pages applies environment variables at the next deployment: preview "
               "deployments made from now on (`raxol-deploy deploy pages --branch B`) see them";
}

}  // namespace

Result<Project> PagesSecrets::read_project() {
  RAXOL_ASSIGN_OR_RETURN(auto project, client_.get_project(project_));
  if (!project)
    return with_project_hint(make_error(ErrorKind::not_found, "Cloudflare Pages project " +
                                                                  project_ + " does not exist"));
  return *project;
}

Result<std::vector<SecretInfo>> PagesSecrets::list_secrets(const std::string& scope) {
  RAXOL_ASSIGN_OR_RETURN(std::string env, environment_of(scope));
  RAXOL_ASSIGN_OR_RETURN(Project project, read_project());
  std::vector<SecretInfo> secrets;
  auto found = project.env_var_types.find(env);
  if (found == project.env_var_types.end()) return secrets;
  for (const auto& [name, type] : found->second) {
    SecretInfo info;
    info.name = name;
    info.scope = env;
    info.status = type;  // secret_text | plain_text: Pages has no digest or deployed state
    secrets.push_back(std::move(info));
  }
  return secrets;
}

Result<SecretsOutcome> PagesSecrets::patch(const std::string& env, const nlohmann::json& env_vars,
                                           std::vector<std::string> names,
                                           const std::string& verb) {
  nlohmann::json body = {{"deployment_configs", {{env, {{"env_vars", env_vars}}}}}};
  // `what` names the variables only: the body holds the values.
  auto patched = client_.patch_project(
      project_, body, verb + " " + join(names, ", ") + " in " + project_ + " (" + env + ")");
  if (!patched.ok()) return with_project_hint(patched.error());
  SecretsOutcome outcome;
  outcome.names = std::move(names);
  outcome.applied = "staged";
  outcome.details = {{"project", project_}, {"environment", env}, {"note", staged_note(env)}};
  context_.ui.info(staged_note(env));
  return outcome;
}

Result<SecretsOutcome> PagesSecrets::set_secrets(const SecretsRequest& request) {
  RAXOL_ASSIGN_OR_RETURN(std::string env, environment_of(request.scope));
  if (request.values.empty()) return make_error(ErrorKind::usage, "no secrets to set");
  nlohmann::json env_vars = nlohmann::json::object();
  std::vector<std::string> names;
  for (const auto& [name, value] : request.values) {
    context_.redactor.add(value);  // already registered by the reader; harmless twice
    env_vars[name] = {{"type", "secret_text"}, {"value", value}};
    names.push_back(name);
  }
  return patch(env, env_vars, std::move(names), "set");
}

Result<SecretsOutcome> PagesSecrets::unset_secrets(const SecretsRequest& request) {
  RAXOL_ASSIGN_OR_RETURN(std::string env, environment_of(request.scope));
  if (request.names.empty()) return make_error(ErrorKind::usage, "no secrets to remove");
  // Removing a name that is not there is a mistake worth hearing about (a typo, the wrong
  // --env), and the service would accept it silently.
  RAXOL_ASSIGN_OR_RETURN(Project project, read_project());
  const auto& present = project.env_var_types[env];
  std::vector<std::string> missing;
  nlohmann::json env_vars = nlohmann::json::object();
  for (const auto& name : request.names) {
    if (!present.count(name)) missing.push_back(name);
    env_vars[name] = nullptr;
  }
  if (!missing.empty())
    return make_error(ErrorKind::not_found, "no variable " + join(missing, ", ") + " in the " +
                                                env + " environment of " + project_);
  return patch(env, env_vars, request.names, "remove");
}

Result<SecretsOutcome> PagesSecrets::deploy_secrets() {
  RAXOL_ASSIGN_OR_RETURN(Project project, read_project());
  if (!project.canonical) {
    Error error = make_error(ErrorKind::not_found,
                             "nothing is deployed to production of " + project_ + " yet");
    error.notes.push_back("the first `raxol-deploy deploy pages` uses the variables");
    return error;
  }
  const Deployment& serving = *project.canonical;
  context_.ui.step("Redeploying " + project_ + " production (deployment " + serving.short_id +
                   ") with its current environment variables");
  RAXOL_ASSIGN_OR_RETURN(Deployment created, client_.retry_deployment(project_, serving.id));
  WaitOptions wait;
  wait.cancel = &context_.cancel;
  RAXOL_ASSIGN_OR_RETURN(Deployment done,
                         wait_for_deployment(client_, context_.clock, project_, created, wait));
  SecretsOutcome outcome;
  outcome.applied = "deployed";
  outcome.release = done.short_id;
  outcome.details = {{"project", project_},
                     {"environment", "production"},
                     {"redeployed", serving.short_id},
                     {"deployment", deployment_summary(done)}};
  return outcome;
}

}  // namespace raxol::cloudflare_pages
