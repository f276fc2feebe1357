// `raxol-deploy secrets set|list|unset|deploy TARGET ...`: the target's secrets through its
// SecretsFacet. Values never appear in any output: list shows names, digests and dates.
#include <nlohmann/json.hpp>

#include "render/table.h"
#include "commands/commands.h"
#include "core/audit.h"
#include "commands/facet_target.h"
#include "core/secret_input.h"
#include "raxol/facets.h"

namespace raxol {

namespace {

struct SecretsOptions {
  std::string target;
  std::vector<std::string> args;  // NAME=VALUE / NAME=- (set) or NAME (unset)
  std::string env_file;
  bool stage = false;
  std::string scope;
};

using OpenedSecrets = OpenedFacet<SecretsFacet>;

Result<OpenedSecrets> open_secrets(Context& context, const std::string& name,
                                   const std::string& command) {
  return open_target_facet(context, name, command, &Target::secrets, "secrets are");
}

void add_common(CLI::App& app, SecretsOptions& options) {
  app.add_option("target", options.target, "Target (fly, pages, gh-pages...)")->required();
  app.add_option("--env", options.scope,
                 "Cloudflare Pages environment: production (default) or preview")
      ->check(CLI::IsMember({"production", "preview"}));
}

void audit(Context& context, const OpenedSecrets& opened, const std::string& action,
           const Result<SecretsOutcome>& outcome, std::vector<std::string> names,
           std::chrono::steady_clock::time_point started) {
  AuditEntry entry;
  entry.action = action;
  entry.target = opened.spec.name;
  entry.kind = opened.spec.kind;
  entry.result = outcome.ok() ? outcome->applied : "failed";
  if (outcome.ok()) entry.release_after = outcome->release;
  else entry.error = outcome.error().message;
  entry.details["names"] = std::move(names);  // names only, never values
  entry.duration_seconds =
      std::chrono::duration<double>(context.clock.steady_now() - started).count();
  record_audit(context, entry);
}

Status report(Context& context, const OpenedSecrets& opened, const std::string& verb,
              const SecretsOutcome& outcome) {
  if (context.ui.json_mode()) {
    context.ui.print_json({{"target", opened.spec.name}, {"kind", opened.spec.kind},
                           {"names", outcome.names}, {"applied", outcome.applied},
                           {"release", outcome.release}, {"details", outcome.details}});
    return {};
  }
  std::string names;
  for (const auto& name : outcome.names) names += (names.empty() ? "" : ", ") + name;
  std::string how = outcome.applied == "staged"
                        ? "staged: running instances use them after the next deploy"
                        : outcome.applied == "deployed"
                              ? "deployed" + (outcome.release.empty() ? std::string()
                                                                      : " in release " + outcome.release)
                              : outcome.applied;
  context.ui.success(verb + (names.empty() ? "" : " " + names) + " on " + opened.spec.name +
                     " (" + how + ")");
  return {};
}

CommandRunner define_set(CLI::App& app) {
  auto options = std::make_shared<SecretsOptions>();
  add_common(app, *options);
  app.add_option("values", options->args, "NAME=VALUE, or NAME=- to read the value from stdin");
  app.add_option("--from-env-file", options->env_file, "Read NAME=VALUE lines from FILE")
      ->type_name("FILE");
  app.add_flag("--stage", options->stage, "Store only; apply at the next deploy (fly)");
  return [options](Context& context) -> Status {
    RAXOL_ASSIGN_OR_RETURN(auto values, read_secret_values(context, options->args, options->env_file));
    RAXOL_ASSIGN_OR_RETURN(auto opened, open_secrets(context, options->target, "secrets set"));
    SecretsRequest request;
    request.values = std::move(values);
    request.stage = options->stage;
    request.scope = options->scope;
    std::vector<std::string> names;
    for (const auto& [name, value] : request.values) names.push_back(name);
    auto started = context.clock.steady_now();
    auto outcome = opened.facet->set_secrets(request);
    audit(context, opened, "secrets set", outcome, names, started);
    RAXOL_TRY(outcome);
    return report(context, opened, "set", *outcome);
  };
}

CommandRunner define_unset(CLI::App& app) {
  auto options = std::make_shared<SecretsOptions>();
  add_common(app, *options);
  app.add_option("names", options->args, "Names to remove")->required();
  app.add_flag("--stage", options->stage,
               "Remove from the store only; apply at the next deploy (fly)");
  return [options](Context& context) -> Status {
    for (const auto& name : options->args)
      if (!valid_secret_name(name))
        return make_error(ErrorKind::usage, "not a secret name: '" + name + "'");
    RAXOL_ASSIGN_OR_RETURN(auto opened, open_secrets(context, options->target, "secrets unset"));
    if (!context.options.yes &&
        !context.ui.confirm("Remove " + std::to_string(options->args.size()) + " secrets from " +
                            opened.spec.name + "?"))
      return make_error(ErrorKind::usage, "not confirmed (pass --yes to skip the question)");
    SecretsRequest request;
    request.names = options->args;
    request.stage = options->stage;
    request.scope = options->scope;
    auto started = context.clock.steady_now();
    auto outcome = opened.facet->unset_secrets(request);
    audit(context, opened, "secrets unset", outcome, options->args, started);
    RAXOL_TRY(outcome);
    return report(context, opened, "removed", *outcome);
  };
}

CommandRunner define_list(CLI::App& app) {
  auto options = std::make_shared<SecretsOptions>();
  add_common(app, *options);
  return [options](Context& context) -> Status {
    RAXOL_ASSIGN_OR_RETURN(auto opened, open_secrets(context, options->target, "secrets list"));
    RAXOL_ASSIGN_OR_RETURN(auto secrets, opened.facet->list_secrets(options->scope));
    if (context.ui.json_mode()) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& secret : secrets)
        list.push_back({{"name", secret.name}, {"digest", secret.digest}, {"scope", secret.scope},
                        {"status", secret.status}, {"created_at", secret.created_at},
                        {"updated_at", secret.updated_at}});
      context.ui.print_json({{"target", opened.spec.name}, {"secrets", list}});
      return {};
    }
    if (secrets.empty()) {
      context.ui.info(opened.spec.name + " has no secrets");
      return {};
    }
    std::vector<TableRow> rows;
    for (const auto& secret : secrets)
      rows.push_back({secret.name, secret.digest.substr(0, 16), secret.scope,
                      secret.status.empty() ? "-" : secret.status, secret.updated_at});
    context.ui.print_text(render_table({"name", "digest", "scope", "status", "updated"}, rows));
    return {};
  };
}

CommandRunner define_deploy(CLI::App& app) {
  auto options = std::make_shared<SecretsOptions>();
  app.add_option("target", options->target, "Target (fly, pages)")->required();
  return [options](Context& context) -> Status {
    RAXOL_ASSIGN_OR_RETURN(auto opened, open_secrets(context, options->target, "secrets deploy"));
    auto started = context.clock.steady_now();
    auto outcome = opened.facet->deploy_secrets();
    audit(context, opened, "secrets deploy", outcome, {}, started);
    RAXOL_TRY(outcome);
    return report(context, opened, "applied staged secrets", *outcome);
  };
}

}  // namespace

std::vector<CommandSpec> secrets_commands() {
  CommandSpec set{{"secrets", "set"}, "Set secrets: NAME=VALUE, NAME=- (stdin) or --from-env-file",
                  define_set, true, false};
  CommandSpec list{{"secrets", "list"}, "List secrets: names, digests, dates (never values)",
                   define_list, false, false};
  CommandSpec unset{{"secrets", "unset"}, "Remove secrets", define_unset, true, true};
  CommandSpec deploy{{"secrets", "deploy"}, "Apply staged secrets (fly: restart the machines; pages: redeploy production)",
                     define_deploy, true, false};
  return {set, list, unset, deploy};
}

}  // namespace raxol
