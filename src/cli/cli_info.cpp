#include "cli/cli_info.h"

#include <algorithm>
#include <cctype>

#include "cli/command_table.h"
#include "cli/global_options.h"
#include "cli/option_parsing.h"

namespace raxol {

namespace {

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

std::vector<std::string> checks_of(const CommandOption& spec, const std::string& value_name) {
  if (spec.min && spec.max)
    return {value_name + " in [" + number_text(*spec.min) + " - " + number_text(*spec.max) + "]"};
  if (spec.min) return {value_name + " >= " + number_text(*spec.min)};
  if (spec.max) return {value_name + " <= " + number_text(*spec.max)};
  return {};
}

CommandInfo describe_command(const CommandSpec& spec) {
  CommandInfo info;
  info.path = spec.path;
  info.summary = spec.summary;
  info.spec = &spec;
  for (const auto& option : spec.options)
    if (!option.hidden) info.options.push_back(describe_option(option, false));
  for (const auto& argument : spec.arguments)
    info.positionals.push_back(describe_option(argument, true));
  return info;
}

// The group `name` under `commands`, made on first use.
CommandInfo& group_in(std::vector<CommandInfo>& commands, const std::vector<std::string>& path) {
  for (auto& command : commands)
    if (command.path == path) return command;
  CommandInfo group;
  group.path = path;
  group.summary = group_summary(path.back());
  commands.push_back(std::move(group));
  return commands.back();
}

void collect(const CommandInfo& command, std::vector<const CommandInfo*>& out) {
  if (command.spec != nullptr) out.push_back(&command);
  for (const auto& sub : command.subcommands) collect(sub, out);
}

}  // namespace

std::string value_name_of(const CommandOption& spec) {
  if (spec.type == OptionType::flag) return {};
  if (!spec.value_name.empty()) return spec.value_name;
  switch (spec.type) {
    case OptionType::number: return spec.integer ? "INT" : "NUMBER";
    case OptionType::duration: return "DURATION";
    default: return "TEXT";
  }
}

std::vector<std::string> option_names(const CommandOption& spec) {
  std::vector<std::string> names;
  if (spec.short_name != 0) names.push_back(std::string("-") + spec.short_name);
  names.push_back(option_flag(spec));
  for (const auto& alias : spec.aliases) names.push_back("--" + alias);
  return names;
}

OptionInfo describe_option(const CommandOption& spec, bool positional) {
  OptionInfo info;
  if (positional) info.positional = spec.name;
  else info.names = option_names(spec);
  info.description = spec.help;
  info.value_name = positional && spec.value_name.empty() ? "TEXT" : value_name_of(spec);
  info.choices = spec.choices;
  info.checks = checks_of(spec, info.value_name);
  info.default_value = spec.default_text;
  info.required = spec.required;
  info.many = positional && spec.type == OptionType::list;
  return info;
}

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

CliInfo describe_cli() {
  CliInfo cli;
  cli.description = program_description();
  for (const auto& option : global_option_specs())
    cli.global_options.push_back(describe_option(option, false));
  for (const auto& spec : command_table()) {
    if (spec.hidden) continue;
    std::vector<CommandInfo>* level = &cli.commands;
    for (size_t depth = 1; depth < spec.path.size(); ++depth) {
      const std::vector<std::string> group_path(spec.path.begin(), spec.path.begin() + depth);
      level = &group_in(*level, group_path).subcommands;
    }
    level->push_back(describe_command(spec));
  }
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
