#include "cli/argv_check.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "cli/did_you_mean.h"
#include "cli/global_options.h"
#include "cli/option_parsing.h"
#include "util/strings.h"

namespace raxol {

namespace {

bool is_option_word(const std::string& word) { return word.size() > 1 && word[0] == '-'; }

bool is_number(const std::string& word) {
  double value = 0;
  auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
  return error == std::errc() && end == word.data() + word.size();
}

bool is_help(const std::string& word) { return word == "-h" || word == "--help"; }

std::string command_name(const std::vector<std::string>& path) { return join(path, " "); }

Error usage(std::string message) { return make_error(ErrorKind::usage, std::move(message)); }

// The options a word may name at one place of the command line, the command's own first (so
// rollback's --version shadows the global one).
class OptionScope {
 public:
  explicit OptionScope(const CommandSpec* command) {
    if (command != nullptr)
      for (const auto& option : command->options) options_.push_back(&option);
    for (const auto& option : global_option_specs())
      if (option.name != "version") options_.push_back(&option);
  }

  const CommandOption* find_long(const std::string& name) const {
    for (const CommandOption* option : options_) {
      if (option->name == name && name.size() > 1) return option;
      for (const auto& alias : option->aliases)
        if (alias == name) return option;
    }
    return nullptr;
  }

  const CommandOption* find_short(char letter) const {
    for (const CommandOption* option : options_)
      if (option->short_name == letter || option->name == std::string(1, letter)) return option;
    return nullptr;
  }

  std::vector<std::string> long_names() const {
    std::vector<std::string> names;
    for (const CommandOption* option : options_) {
      names.push_back(option_flag(*option));
      for (const auto& alias : option->aliases) names.push_back("--" + alias);
    }
    return names;
  }

 private:
  std::vector<const CommandOption*> options_;
};

// Walks the words of one command line.
class Checker {
 public:
  Checker(const std::vector<std::string>& args, const std::vector<CommandSpec>& table)
      : args_(args), table_(table) {}

  Result<CheckedArgs> run() {
    RAXOL_TRY(find_command());
    if (result_.version || result_.help || result_.command == nullptr) return result_;
    Status checked = check_command_words();
    if (result_.help) return result_;
    if (!checked.ok()) return instead_of_subcommand(checked.error());
    return result_;
  }

 private:
  // Global options and the command's words, up to the runnable command.
  Status find_command() {
    std::vector<std::string> path;
    const OptionScope globals(nullptr);
    while (index_ < args_.size()) {
      const std::string& word = args_[index_];
      if (is_help(word)) {
        result_.help = true;
        return {};
      }
      if (word == "--version" && path.empty()) {
        result_.version = true;
        return {};
      }
      if (word == "--") break;
      if (is_option_word(word)) {
        RAXOL_TRY(take_option(globals, path));
        continue;
      }
      path.push_back(word);
      ++index_;
      bool group = false;
      for (const auto& spec : table_) {
        if (spec.path == path) {
          result_.command = &spec;
          return {};
        }
        group = group || (spec.path.size() > path.size() &&
                          std::equal(path.begin(), path.end(), spec.path.begin()));
      }
      if (!group) return unknown_command(path);
    }
    if (path.empty()) return {};
    return usage("'" + command_name(path) + "' needs a subcommand: " +
                 join(subcommands_of(path), ", "));
  }

  std::vector<std::string> subcommands_of(const std::vector<std::string>& parent) const {
    std::vector<std::string> names;
    for (const auto& spec : table_) {
      if (spec.hidden || spec.path.size() <= parent.size() ||
          !std::equal(parent.begin(), parent.end(), spec.path.begin()))
        continue;
      const std::string& name = spec.path[parent.size()];
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
    return names;
  }

  Error unknown_command(const std::vector<std::string>& path) const {
    const std::vector<std::string> parent(path.begin(), path.end() - 1);
    const auto known = subcommands_of(parent);
    const std::string& word = path.back();
    std::string message = parent.empty()
                              ? "unknown command '" + word + "'"
                              : "'" + command_name(parent) + "' has no subcommand '" + word + "'";
    if (auto close = closest_word(word, known)) message += "; did you mean '" + *close + "'?";
    Error error = usage(message);
    if (!parent.empty()) error.notes.push_back("its subcommands: " + join(known, ", "));
    return error;
  }

  // The words after the command: its options, the globals, and its positional arguments.
  Status check_command_words() {
    const CommandSpec& command = *result_.command;
    const OptionScope scope(&command);
    size_t positional = 0;
    bool only_positionals = false;
    while (index_ < args_.size()) {
      const std::string& word = args_[index_];
      if (!only_positionals && is_help(word)) {
        result_.help = true;
        return {};
      }
      if (!only_positionals && word == "--") {
        only_positionals = true;
        ++index_;
        continue;
      }
      if (!only_positionals && is_option_word(word)) {
        RAXOL_TRY(take_option(scope, command.path));
        continue;
      }
      ++index_;
      positionals_.push_back(word);
      if (positional < command.arguments.size()) {
        if (command.arguments[positional].type != OptionType::list) ++positional;
      } else {
        extras_.push_back(word);
      }
    }
    if (!extras_.empty())
      return usage("'" + command_name(command.path) + "' does not take " +
                   (extras_.size() == 1 ? "the argument " : "the arguments ") +
                   join(extras_, " "));
    for (size_t i = 0; i < command.arguments.size(); ++i) {
      const bool given = i < positionals_.size();
      if (command.arguments[i].required && !given)
        return usage("'" + command_name(command.path) + "' needs " + upper_name(command.arguments[i]));
    }
    return {};
  }

  static std::string upper_name(const CommandOption& argument) {
    std::string name;
    for (char c : argument.name) name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return name;
  }

  // One option word (and its value); `where` is the command it belongs to, for messages.
  Status take_option(const OptionScope& scope, const std::vector<std::string>& where) {
    const std::string word = args_[index_++];
    if (word.rfind("--", 0) == 0) {
      const auto equals = word.find('=');
      const std::string name = word.substr(2, equals == std::string::npos ? std::string::npos : equals - 2);
      const CommandOption* option = scope.find_long(name);
      if (option == nullptr) return unknown_option("--" + name, scope, where);
      if (equals != std::string::npos) {
        if (option->type == OptionType::flag)
          return usage("--" + name + " takes no value (got '" + word.substr(equals + 1) + "')");
        return {};  // --image=--x: the value is explicit
      }
      return take_value(*option, "--" + name);
    }
    const CommandOption* option = scope.find_short(word[1]);
    const std::string shown = word.substr(0, 2);
    if (option == nullptr) return unknown_option(shown, scope, where);
    if (option->type != OptionType::flag) {
      if (word.size() > 2) return {};  // -n5, -Cdir
      return take_value(*option, shown);
    }
    for (size_t i = 2; i < word.size(); ++i) {  // -vv, -vy: flags only
      const CommandOption* more = scope.find_short(word[i]);
      if (more == nullptr || more->type != OptionType::flag)
        return usage(word + ": -" + std::string(1, word[i]) + " is not a flag that can be combined");
    }
    return {};
  }

  Status take_value(const CommandOption& option, const std::string& shown) {
    if (option.type == OptionType::flag) return {};
    const bool negative = option.type == OptionType::number && index_ < args_.size() &&
                          is_number(args_[index_]);
    if (index_ >= args_.size() || (is_option_word(args_[index_]) && !negative)) {
      Error error = usage(shown + " needs a value");
      if (index_ < args_.size())
        error.notes.push_back("'" + args_[index_] + "' is an option, not the value of " + shown +
                              "; for a value that starts with '-', write " + shown + "=VALUE");
      return error;
    }
    ++index_;
    return {};
  }

  Error unknown_option(const std::string& word, const OptionScope& scope,
                       const std::vector<std::string>& where) const {
    std::string message = where.empty() ? "unknown option " + word
                                        : "'" + command_name(where) + "' has no option " + word;
    if (auto close = closest_word(word, scope.long_names())) message += "; did you mean " + *close + "?";
    Error error = usage(message);
    if (word == "--version")
      error.notes.push_back("--version is a global flag: put it before the command "
                            "(raxol-deploy --version)");
    return error;
  }

  // `releases rollback --version 3` (flyctl's spelling): the first word after a command that
  // takes no subcommands names another command, and the line did not check. Say how to run
  // that command rather than what went wrong with the words.
  Error instead_of_subcommand(Error error) const {
    const CommandSpec& command = *result_.command;
    if (positionals_.empty()) return error;
    const std::string& word = positionals_.front();
    const bool names_command = std::any_of(table_.begin(), table_.end(), [&](const CommandSpec& spec) {
      return !spec.hidden && spec.path.front() == word;
    });
    if (!names_command) return error;
    std::string message = "'" + command_name(command.path) + "' has no subcommand '" + word + "'";
    if (word == "rollback") {
      std::string to = version_value();
      message += "; to roll back: raxol-deploy rollback TARGET --to " + (to.empty() ? "ID" : to);
    } else {
      message += "; did you mean: raxol-deploy " + word + " ...?";
    }
    return usage(message);
  }

  // The word after --version/--to, wherever it is (the check may have stopped before it).
  std::string version_value() const {
    for (size_t i = 0; i + 1 < args_.size(); ++i)
      if (args_[i] == "--version" || args_[i] == "--to") return args_[i + 1];
    return {};
  }

  const std::vector<std::string>& args_;
  const std::vector<CommandSpec>& table_;
  size_t index_ = 0;
  CheckedArgs result_;
  std::vector<std::string> positionals_;
  std::vector<std::string> extras_;
};

}  // namespace

Result<CheckedArgs> check_command_line(const std::vector<std::string>& args,
                                       const std::vector<CommandSpec>& table) {
  return Checker(args, table).run();
}

}  // namespace raxol
