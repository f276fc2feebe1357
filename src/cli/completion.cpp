// `raxol-deploy completion bash|zsh|fish`: prints a completion script generated from the
// command data. The hidden `--list-targets` is what the scripts call to complete target names.
#include "cli/completion_scripts.h"
#include "cli/docs_gen.h"
#include "core/project.h"

namespace raxol {

namespace {

Status run_completion(Context& context, const OptionValues& values, AuditFacts&) {
  if (values.flag("list-targets")) {
    RAXOL_ASSIGN_OR_RETURN(auto project, read_project(context));
    std::string names;
    for (const auto& target : project.targets) names += target.name + "\n";
    context.ui.print_text(names);
    return {};
  }
  const std::string shell = values.text("shell");
  if (shell.empty())
    return make_error(ErrorKind::usage, "which shell? raxol-deploy completion bash|zsh|fish");
  const CliInfo cli = describe_cli();
  if (shell == "bash") context.ui.print_text(bash_completion_script(cli));
  if (shell == "zsh") context.ui.print_text(zsh_completion_script(cli));
  if (shell == "fish") context.ui.print_text(fish_completion_script(cli));
  return {};
}

}  // namespace

CommandSpec completion_command() {
  CommandSpec spec;
  spec.path = {"completion"};
  spec.summary = "Print a shell completion script (bash, zsh or fish)";
  spec.arguments = {{"shell", OptionType::text, "The shell to complete in", {}, {"bash", "zsh", "fish"}}};
  // Hidden: an interface of the scripts, not of people.
  spec.options = {CommandOption{"list-targets", OptionType::flag,
                             "Print the project's target names, one a line (used by the scripts)"}
                      .as_hidden()};
  spec.run = run_completion;
  return spec;
}

}  // namespace raxol
