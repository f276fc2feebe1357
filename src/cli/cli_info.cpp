#include "cli/cli_tree_walk.h"

#include <algorithm>
#include <cctype>

namespace raxol {

namespace {

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

std::vector<std::string> split_set(const std::string& text) {  // "{a,b,c}"
  std::vector<std::string> items;
  std::string item;
  for (char c : text.substr(1, text.size() - 2)) {
    if (c == ',') {
      items.push_back(item);
      item.clear();
    } else {
      item += c;
    }
  }
  items.push_back(item);
  return items;
}

// CLI11 keeps validators private; get_validator(index) is the public way in, and it throws
// past the end.
std::vector<std::string> validator_descriptions(CLI::Option& option) {
  std::vector<std::string> descriptions;
  for (int index = 0;; ++index) {
    try {
      std::string description = option.get_validator(index)->get_description();
      if (!description.empty()) descriptions.push_back(description);
    } catch (const CLI::OptionNotFound&) {
      return descriptions;
    }
  }
}

OptionInfo describe_option(CLI::Option& option) {
  OptionInfo info;
  for (const auto& name : option.get_lnames()) info.names.push_back("--" + name);
  for (const auto& name : option.get_snames()) info.names.push_back("-" + name);
  // Short names first, as in help text: "-n, --lines".
  std::stable_sort(info.names.begin(), info.names.end(), [](const auto& a, const auto& b) {
    return (a.rfind("--", 0) != 0) && (b.rfind("--", 0) == 0);
  });
  if (option.get_positional()) info.positional = option.get_name(true);
  info.description = option.get_description();
  info.required = option.get_required();
  if (option.get_items_expected_max() > 0) {
    std::string type = option.get_type_name();  // "TEXT:{a,b}": the type then each validator
    auto descriptions = validator_descriptions(option);
    for (auto it = descriptions.rbegin(); it != descriptions.rend(); ++it) {
      const std::string suffix = ":" + *it;
      if (type.size() >= suffix.size() &&
          type.compare(type.size() - suffix.size(), suffix.size(), suffix) == 0)
        type.erase(type.size() - suffix.size());
    }
    info.value_name = type.empty() ? "VALUE" : type;
    for (const auto& description : descriptions) {
      if (description.size() > 1 && description.front() == '{' && description.back() == '}')
        info.choices = split_set(description);
      else
        info.checks.push_back(description);
    }
    option.capture_default_str();  // the value the command starts with when not given
    info.default_value = option.get_default_str();
    if (info.default_value == "[]" || info.default_value == "{}") info.default_value.clear();
    info.many = info.positional.size() > 0 && option.get_expected_max() > 1;
  }
  return info;
}

bool hidden(const CLI::Option* option) { return option->get_group().empty(); }

CommandInfo describe_command(CLI::App& app, std::vector<std::string> path,
                             const std::vector<BoundCommand>& bound) {
  CommandInfo info;
  info.path = std::move(path);
  info.summary = app.get_description();
  for (auto* option : app.get_options()) {
    if (option == app.get_help_ptr() || hidden(option)) continue;
    auto described = describe_option(*option);
    (option->get_positional() ? info.positionals : info.options).push_back(std::move(described));
  }
  for (const auto& command : bound)
    if (command.app == &app) info.spec = command.spec;
  for (auto* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) continue;  // hidden (e.g. docs generate)
    auto sub_path = info.path;
    sub_path.push_back(sub->get_name());
    info.subcommands.push_back(describe_command(*sub, std::move(sub_path), bound));
  }
  return info;
}

void collect(const CommandInfo& command, std::vector<const CommandInfo*>& out) {
  if (command.spec != nullptr) out.push_back(&command);
  for (const auto& sub : command.subcommands) collect(sub, out);
}

}  // namespace

std::string OptionInfo::label() const {
  if (!positional.empty()) return upper(positional);
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

std::string CommandInfo::joined(const std::string& separator) const {
  std::string text;
  for (const auto& part : path) text += (text.empty() ? "" : separator) + part;
  return text;
}

CliInfo describe_cli(CliTree& tree) {
  CliInfo cli;
  CommandInfo root = describe_command(tree.app, {}, tree.commands);
  cli.description = root.summary;
  cli.commands = std::move(root.subcommands);
  if (auto* help = tree.app.get_help_ptr()) cli.global_options.push_back(describe_option(*help));
  for (auto& option : root.options) cli.global_options.push_back(std::move(option));
  return cli;
}

std::vector<const CommandInfo*> runnable_commands(const CliInfo& cli) {
  std::vector<const CommandInfo*> out;
  for (const auto& command : cli.commands) collect(command, out);
  return out;
}

std::string synopsis(const CommandInfo& command) {
  std::string text = "raxol-deploy " + command.joined();
  if (!command.subcommands.empty()) return text + " COMMAND";
  if (!command.options.empty()) text += " [OPTIONS]";
  for (const auto& positional : command.positionals) {
    std::string name = upper(positional.positional) + (positional.many ? "..." : "");
    // exec's command follows "--" so that its own flags are not ours.
    if (positional.many && positional.positional == "command") name = "-- " + name;
    text += " " + (positional.required ? name : "[" + name + "]");
  }
  return text;
}

}  // namespace raxol
