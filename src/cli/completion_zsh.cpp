// zsh: one function per command path, each an _arguments spec of that command's options and
// positionals (plus the global options, accepted anywhere); groups dispatch on the next word.
#include <sstream>

#include "cli/completion_scripts.h"

namespace raxol {

namespace {

// Text inside a single-quoted word; `also` lists characters _arguments or _describe would
// read as syntax there (']' ends an explanation, ':' separates a name from its description).
std::string escape(const std::string& text, const std::string& also = "]:") {
  std::string out;
  for (char c : text) {
    if (c == '\'') out += "'\\''";
    else if (c == '\\' || also.find(c) != std::string::npos) out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string action(const OptionInfo& option) {
  switch (value_kind(option)) {
    case ValueKind::choices: {
      std::string text = "(";
      for (size_t i = 0; i < option.choices.size(); ++i)
        text += (i == 0 ? "" : " ") + option.choices[i];
      return text + ")";
    }
    case ValueKind::targets: return "_raxol_deploy_targets";
    case ValueKind::files: return "_files";
    case ValueKind::directories: return "_files -/";
    case ValueKind::any:
    case ValueKind::none: break;
  }
  return " ";
}

std::string function_name(const std::vector<std::string>& path) {
  std::string name = "_raxol_deploy";
  for (const auto& part : path) {
    name += "__";
    for (char c : part) name += (c == '-' ? '_' : c);
  }
  return name;
}

// One _arguments spec, e.g. '(-n --lines)'{-n,--lines}'[How many]:int: '.
std::string option_spec(const OptionInfo& option) {
  std::string tail = "[" + escape(option.description, "[]") + "]";
  if (!option.is_flag())
    tail += ":" + escape(lower(option.positional.empty() ? option.value_name : option.positional)) +
            ":" + action(option);
  if (option.names.size() == 1) return "'" + option.names[0] + tail + "'";
  std::string names;
  for (const auto& name : option.names) names += (names.empty() ? "" : " ") + name;
  std::string braces;
  for (const auto& name : option.names) braces += (braces.empty() ? "" : ",") + name;
  return "'(" + names + ")'{" + braces + "}'" + tail + "'";
}

std::string positional_spec(const OptionInfo& positional, size_t index) {
  std::string message = escape(positional.positional);
  std::string prefix = positional.many ? "*" : std::to_string(index + 1);
  // '1::name:action' is an optional positional; '*:name:action' takes the rest.
  return "'" + prefix + (positional.required || positional.many ? "" : ":") + ":" + message + ":" +
         action(positional) + "'";
}

// The global options a command accepts: those whose names it does not reuse (rollback's
// --version is its own --to, not the program version).
std::string globals_for(const CommandInfo& command, const std::vector<OptionInfo>& globals) {
  std::string inline_specs;
  bool collides = false;
  for (const auto& global : globals) {
    bool reused = false;
    for (const auto& option : command.options)
      for (const auto& name : option.names)
        for (const auto& global_name : global.names) reused = reused || name == global_name;
    if (reused) collides = true;
    else inline_specs += " \\\n    " + option_spec(global);
  }
  return collides ? inline_specs.substr(1) : "\"${_raxol_deploy_globals[@]}\"";
}

void add_function(const CommandInfo& command, const std::vector<OptionInfo>& globals,
                  std::ostringstream& out) {
  out << "\n" << function_name(command.path) << "() {\n";
  if (!command.subcommands.empty()) {
    out << "  local curcontext=\"$curcontext\" state line\n  local -a commands=(\n";
    for (const auto& sub : command.subcommands)
      out << "    '" << escape(sub.path.back()) << ":" << escape(sub.summary, "") << "'\n";
    out << "  )\n"
        << "  _arguments -C \"${_raxol_deploy_globals[@]}\" '1: :->command' '*:: :->args' "
           "&& return\n"
        << "  case $state in\n"
        << "    command) _describe -t commands 'raxol-deploy " << command.joined()
        << (command.path.empty() ? "" : " ") << "command' commands ;;\n"
        << "    args)\n"
        << "      local next=\"" << function_name(command.path) << "__${words[1]//-/_}\"\n"
        << "      (( $+functions[$next] )) && \"$next\" ;;\n"
        << "  esac\n}\n";
  } else {
    out << "  _arguments -s -S " << globals_for(command, globals);
    for (const auto& option : command.options) out << " \\\n    " << option_spec(option);
    for (size_t i = 0; i < command.positionals.size(); ++i)
      out << " \\\n    " << positional_spec(command.positionals[i], i);
    out << "\n}\n";
  }
  for (const auto& sub : command.subcommands) add_function(sub, globals, out);
}

}  // namespace

std::string zsh_completion_script(const CliInfo& cli) {
  std::ostringstream functions;
  CommandInfo root;
  root.subcommands = cli.commands;
  add_function(root, cli.global_options, functions);

  std::ostringstream out;
  out << R"SH(#compdef raxol-deploy
# zsh completion for raxol-deploy.
# Generated by `raxol-deploy completion zsh` from its command table: do not edit.
# Install: raxol-deploy completion zsh > "${fpath[1]}/_raxol-deploy", then start a new zsh.

# Target names of the project, read by the binary being completed.
_raxol_deploy_targets() {
  local -a targets
  targets=(${(f)"$("${_raxol_deploy_program:-raxol-deploy}" completion --list-targets 2>/dev/null)"})
  _describe -t targets 'target' targets
}
)SH" << functions.str() << R"SH(
_raxol_deploy_main() {
  local _raxol_deploy_program="${words[1]}"
  local -a _raxol_deploy_globals=()SH";
  for (const auto& option : cli.global_options) out << "\n    " << option_spec(option);
  out << R"SH(
  )
  _raxol_deploy
}

if [[ "${funcstack[1]}" == _raxol-deploy ]]; then
  _raxol_deploy_main "$@"
else
  compdef _raxol_deploy_main raxol-deploy
fi
)SH";
  return out.str();
}

}  // namespace raxol
