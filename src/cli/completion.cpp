// `raxol-deploy completion bash|zsh|fish`: prints a completion script generated from the
// command tree. The hidden `--list-targets` is what the scripts call to complete target names.
#include "cli/completion_scripts.h"
#include "commands/docs_gen.h"
#include "core/project.h"

namespace raxol {

namespace {

struct CompletionOptions {
  std::string shell;
  bool list_targets = false;
};

Status run_completion(Context& context, const CompletionOptions& options) {
  if (options.list_targets) {
    RAXOL_ASSIGN_OR_RETURN(auto project, read_project(context));
    std::string names;
    for (const auto& target : project.targets) names += target.name + "\n";
    context.ui.print_text(names);
    return {};
  }
  if (options.shell.empty())
    return make_error(ErrorKind::usage, "which shell? raxol-deploy completion bash|zsh|fish");
  CliTree tree;  // a fresh tree: the one that parsed this command line has its values bound
  CliInfo cli = describe_cli(tree);
  if (options.shell == "bash") context.ui.print_text(bash_completion_script(cli));
  if (options.shell == "zsh") context.ui.print_text(zsh_completion_script(cli));
  if (options.shell == "fish") context.ui.print_text(fish_completion_script(cli));
  return {};
}

}  // namespace

CommandSpec completion_command() {
  return {{"completion"},
          "Print a shell completion script (bash, zsh or fish)",
          [](CLI::App& app) -> CommandRunner {
            auto options = std::make_shared<CompletionOptions>();
            app.add_option("shell", options->shell, "The shell to complete in")
                ->check(CLI::IsMember({"bash", "zsh", "fish"}));
            app.add_flag("--list-targets", options->list_targets,
                         "Print the project's target names, one a line (used by the scripts)")
                ->group("");  // hidden: an interface of the scripts, not of people
            return [options](Context& context) { return run_completion(context, *options); };
          }};
}

}  // namespace raxol
