// `raxol-deploy secrets set|list|unset|deploy TARGET ...`: the target's secrets through its
// SecretsFacet. Values never appear in any output: list shows names, digests and dates, and the
// audit trail records names only.
#include "commands/commands.h"
#include "commands/facet_target.h"
#include "core/secret_input.h"
#include "raxol/facets.h"
#include "render/facet_results.h"
#include "render/show.h"

namespace raxol {

namespace {

using OpenedSecrets = OpenedFacet<SecretsFacet>;

Result<OpenedSecrets> open_secrets(Context& context, const OptionValues& values,
                                   const std::string& command) {
  return open_target_facet(context, values.text("target"), command, &Target::secrets,
                           "secrets are");
}

CommandOption scope_option() {
  return {"env", OptionType::text, "Cloudflare Pages environment: production (default) or preview",
          "ENV", {"production", "preview"}};
}

// The outcome shown and recorded: names only, never values.
Status report(Context& context, const OpenedSecrets& opened, const std::string& verb,
              const SecretsOutcome& outcome, AuditEntry& fact) {
  fact.result = outcome.applied;
  fact.release_after = outcome.release;
  show_result(context.ui, secrets_outcome_json(opened.spec, outcome),
              [&] { context.ui.success(secrets_outcome_text(opened.spec, verb, outcome)); });
  return {};
}

Status run_secrets_set(Context& context, const OptionValues& values, AuditFacts& facts) {
  RAXOL_ASSIGN_OR_RETURN(auto secret_values, read_secret_values(context, values.list("values"),
                                                                values.text("from-env-file")));
  RAXOL_ASSIGN_OR_RETURN(auto opened, open_secrets(context, values, "secrets set"));
  SecretsRequest request;
  request.values = std::move(secret_values);
  request.stage = values.flag("stage");
  request.scope = values.text("env");
  AuditEntry& fact = facts.add(opened.spec.name, opened.spec.kind);
  std::vector<std::string> names;
  for (const auto& [name, value] : request.values) names.push_back(name);
  fact.details["names"] = names;
  RAXOL_ASSIGN_OR_RETURN(auto outcome, opened.facet->set_secrets(request));
  return report(context, opened, "set", outcome, fact);
}

Status run_secrets_unset(Context& context, const OptionValues& values, AuditFacts& facts) {
  const auto names = values.list("names");
  for (const auto& name : names)
    if (!valid_secret_name(name)) return make_error(ErrorKind::usage, "not a secret name: '" + name + "'");
  RAXOL_ASSIGN_OR_RETURN(auto opened, open_secrets(context, values, "secrets unset"));
  if (!context.options.yes &&
      !context.ui.confirm("Remove " + std::to_string(names.size()) + " secrets from " +
                          opened.spec.name + "?"))
    return make_error(ErrorKind::usage, "not confirmed (pass --yes to skip the question)");
  SecretsRequest request;
  request.names = names;
  request.stage = values.flag("stage");
  request.scope = values.text("env");
  AuditEntry& fact = facts.add(opened.spec.name, opened.spec.kind);
  fact.details["names"] = names;
  RAXOL_ASSIGN_OR_RETURN(auto outcome, opened.facet->unset_secrets(request));
  return report(context, opened, "removed", outcome, fact);
}

Status run_secrets_list(Context& context, const OptionValues& values, AuditFacts&) {
  RAXOL_ASSIGN_OR_RETURN(auto opened, open_secrets(context, values, "secrets list"));
  RAXOL_ASSIGN_OR_RETURN(auto secrets, opened.facet->list_secrets(values.text("env")));
  show_result(context.ui, secret_list_json(opened.spec, secrets),
              [&] { print_secret_list(context.ui, opened.spec, secrets); });
  return {};
}

Status run_secrets_deploy(Context& context, const OptionValues& values, AuditFacts& facts) {
  RAXOL_ASSIGN_OR_RETURN(auto opened, open_secrets(context, values, "secrets deploy"));
  AuditEntry& fact = facts.add(opened.spec.name, opened.spec.kind);
  fact.details["names"] = std::vector<std::string>{};
  RAXOL_ASSIGN_OR_RETURN(auto outcome, opened.facet->deploy_secrets());
  return report(context, opened, "applied staged secrets", outcome, fact);
}

CommandSpec secrets_command(std::string verb, std::string summary, CommandRun run) {
  CommandSpec spec;
  spec.path = {"secrets", std::move(verb)};
  spec.summary = std::move(summary);
  spec.arguments = {target_argument().as_required()};
  spec.run = std::move(run);
  return spec;
}

}  // namespace

std::vector<CommandSpec> secrets_commands() {
  CommandSpec set = secrets_command(
      "set", "Set secrets: NAME=VALUE, NAME=- (stdin) or --from-env-file", run_secrets_set);
  set.mutating = true;
  set.arguments.push_back(
      {"values", OptionType::list, "NAME=VALUE, or NAME=- to read the value from stdin"});
  set.options = {scope_option(),
                 {"from-env-file", OptionType::text, "Read NAME=VALUE lines from FILE", "FILE"},
                 {"stage", OptionType::flag, "Store only; apply at the next deploy (fly)"}};

  CommandSpec list = secrets_command(
      "list", "List secrets: names, digests, dates (never values)", run_secrets_list);
  list.options = {scope_option()};

  CommandSpec unset = secrets_command("unset", "Remove secrets", run_secrets_unset);
  unset.mutating = true;
  unset.destructive = true;
  unset.arguments.push_back(
      CommandOption{"names", OptionType::list, "Names to remove"}.as_required());
  unset.options = {scope_option(),
                   {"stage", OptionType::flag,
                    "Remove from the store only; apply at the next deploy (fly)"}};

  CommandSpec deploy = secrets_command(
      "deploy",
      "Apply staged secrets (fly: restart the machines; pages: redeploy production)",
      run_secrets_deploy);
  deploy.mutating = true;
  deploy.arguments = {target_argument("Target (fly, pages)").as_required()};
  return {set, list, unset, deploy};
}

}  // namespace raxol
