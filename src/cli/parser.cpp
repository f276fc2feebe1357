// The CLI11 binding: the one place that includes CLI11 (it is header-only and slow to compile).
// CLI11 does the parsing and prints --help; the values are read back through the command data.
#include "cli/parser.h"

#include <CLI/CLI.hpp>
#include <deque>
#include <memory>

#include "cli/argv_check.h"
#include "cli/cli_info.h"
#include "cli/command_table.h"
#include "cli/global_options.h"
#include "cli/option_parsing.h"
#include "util/strings.h"

namespace raxol {

namespace {

// Declared options bound to one CLI11 (sub)command; values() reads what was given.
class BoundOptions {
 public:
  void bind(CLI::App& app, const CommandOption& spec, bool positional) {
    auto slot = std::make_shared<Slot>();
    slot->spec = spec;
    slot->positional = positional;
    const std::string names = positional ? spec.name : join(option_names(spec), ",");
    if (spec.type == OptionType::flag) {
      slot->option = app.add_flag(names, slot->count, spec.help);
    } else {
      slot->option = app.add_option(names, slot->texts, spec.help);
      // One value, and no more: CLI11 lets an option bound to a vector take extra words, so a
      // positional TARGET would swallow the HOSTNAME after it ("At Most 1 required").
      if (spec.type != OptionType::list) slot->option->expected(1)->allow_extra_args(false);
      slot->option->type_name(positional && spec.value_name.empty() ? "TEXT" : value_name_of(spec));
      if (!spec.default_text.empty()) slot->option->default_str(spec.default_text);
      if (spec.required) slot->option->required();
    }
    if (spec.hidden) slot->option->group("");
    slots_.push_back(slot);
  }

  Result<OptionValues> values() const {
    OptionValues values;
    for (const auto& slot : slots_) {
      std::vector<std::string> texts = slot->texts;
      if (slot->spec.type == OptionType::flag) texts.assign(static_cast<size_t>(slot->count), "true");
      if (slot->option->count() == 0) {
        if (slot->spec.default_text.empty()) continue;
        texts = {slot->spec.default_text};
      }
      RAXOL_ASSIGN_OR_RETURN(OptionValue value,
                             parse_option_value(slot->spec, texts, slot->positional));
      values.set(slot->spec.name, std::move(value));
    }
    return values;
  }

 private:
  struct Slot {
    CommandOption spec;
    bool positional = false;
    CLI::Option* option = nullptr;
    std::vector<std::string> texts;
    int count = 0;
  };
  std::vector<std::shared_ptr<Slot>> slots_;
};

struct BoundCommand {
  CLI::App* app;
  const CommandSpec* spec;
  BoundOptions options;
};

CLI::App* find_or_add_subcommand(CLI::App& parent, const std::string& name) {
  for (auto* sub : parent.get_subcommands({}))
    if (sub->get_name() == name) return sub;
  auto* sub = parent.add_subcommand(name);
  sub->fallthrough();
  return sub;
}

// The whole tree: global flags on the root, every command of command_table() below it.
class Tree {
 public:
  Tree() : app_(program_description(), "raxol-deploy") {
    app_.fallthrough();
    for (const auto& spec : global_option_specs())
      if (spec.name != "help") globals_.bind(app_, spec, false);  // CLI11 has its own --help
    app_.require_subcommand(0, 1);
    for (const auto& spec : command_table()) {
      CLI::App* parent = &app_;
      for (size_t i = 0; i + 1 < spec.path.size(); ++i) {
        parent = find_or_add_subcommand(*parent, spec.path[i]);
        parent->description(group_summary(spec.path[i]));
      }
      auto* sub = find_or_add_subcommand(*parent, spec.path.back());
      sub->description(spec.summary);
      if (spec.hidden) sub->group("");
      auto& bound = commands_.emplace_back(BoundCommand{sub, &spec, {}});
      for (const auto& argument : spec.arguments) bound.options.bind(*sub, argument, true);
      for (const auto& option : spec.options) bound.options.bind(*sub, option, false);
    }
    for (auto* group : app_.get_subcommands({})) {
      auto children = group->get_subcommands({});
      if (children.empty()) continue;
      group->require_subcommand(1);
      bool all_hidden = true;  // a group whose commands are all hidden hides too (docs)
      for (const auto* child : children) all_hidden = all_hidden && child->get_group().empty();
      if (all_hidden) group->group("");
    }
  }

  CLI::App& app() { return app_; }
  const BoundOptions& globals() const { return globals_; }
  const BoundCommand* chosen() const {
    for (const auto& command : commands_)
      if (command.app->parsed()) return &command;
    return nullptr;
  }

 private:
  CLI::App app_;
  BoundOptions globals_;
  std::deque<BoundCommand> commands_;  // stable addresses: CLI11 holds pointers into the slots
};

Error parse_error(const CLI::ParseError& e) {
  return make_error(ErrorKind::usage, first_line(e.what()));
}

}  // namespace

bool asks_for_json(const std::vector<std::string>& args) {
  for (const auto& arg : args) {
    if (arg == "--") return false;
    if (arg == "--json") return true;
  }
  return false;
}

Result<ParsedCommandLine> parse_command_line(const std::vector<std::string>& args) {
  RAXOL_ASSIGN_OR_RETURN(CheckedArgs checked, check_command_line(args, command_table()));
  ParsedCommandLine parsed;
  if (checked.version) {
    parsed.action = ParsedCommandLine::Action::print;
    parsed.text = std::string("raxol-deploy ") + RAXOL_VERSION + "\n";
    return parsed;
  }
  Tree tree;
  // CLI11 wants argv order reversed when given a vector.
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    tree.app().parse(reversed);
  } catch (const CLI::CallForHelp&) {
    parsed.action = ParsedCommandLine::Action::print;
    parsed.text = tree.app().help();
    return parsed;
  } catch (const CLI::CallForAllHelp&) {
    parsed.action = ParsedCommandLine::Action::print;
    parsed.text = tree.app().help("", CLI::AppFormatMode::All);
    return parsed;
  } catch (const CLI::ParseError& e) {
    return parse_error(e);
  }
  RAXOL_ASSIGN_OR_RETURN(auto globals, tree.globals().values());
  parsed.globals = global_options_from(globals);
  const BoundCommand* chosen = tree.chosen();
  if (chosen == nullptr) {
    parsed.text = tree.app().help();
    return parsed;
  }
  parsed.action = ParsedCommandLine::Action::run;
  parsed.command = chosen->spec;
  RAXOL_ASSIGN_OR_RETURN(parsed.values, chosen->options.values());
  return parsed;
}

}  // namespace raxol
