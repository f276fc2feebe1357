// Options declared as data: commands declare their arguments and flags, and target kinds their
// own deploy and rollback flags, as OptionSpecs; src/cli/ binds them to the parser and hands the
// parsed, typed values back as OptionValues. Nothing outside src/cli/ sees the parser library.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace raxol {

enum class OptionType {
  flag,      // --dry-run: present or not
  text,      // --image REF
  number,    // --max-unavailable 0.33: a finite decimal number
  duration,  // --wait-timeout 2m: Go duration syntax or plain seconds, > 0
  list,      // repeatable (--build-arg K=V ...) or the last positional (NAME=VALUE...)
};

struct OptionSpec {
  OptionSpec() = default;
  OptionSpec(std::string name_, OptionType type_, std::string help_, std::string value_name_ = {},
             std::vector<std::string> choices_ = {})
      : name(std::move(name_)),
        type(type_),
        help(std::move(help_)),
        value_name(std::move(value_name_)),
        choices(std::move(choices_)) {}

  std::string name;        // "image" (a flag --image) or, for a positional argument, "target"
  OptionType type = OptionType::text;
  std::string help;        // one line for --help, completions and the docs
  std::string value_name;  // "REF", "DURATION"; derived from the type when empty
  std::vector<std::string> choices;  // non-empty: the only accepted values
  std::string default_text;          // the value when absent, as a user would write it
  bool required = false;
  char short_name = 0;               // 'a' for -a
  std::vector<std::string> aliases;  // other long names (flyctl habits): "version" for --to
  // The target kinds that take this option ("fly"); empty: every kind. Filled by the registry.
  std::vector<std::string> kinds;

  std::string flag_text() const { return "--" + name; }
};

// One parsed value: what the user wrote, and its typed reading.
struct OptionValue {
  OptionType type = OptionType::text;
  std::string written;              // as typed ("2m", "0.33"); "true" for a flag
  std::vector<std::string> items;   // list: every value, in order
  double number = 0;                // number
  std::chrono::seconds duration{0};  // duration
};

// The values of the options a command line set (plus declared defaults), by name.
class OptionValues {
 public:
  void set(const std::string& name, OptionValue value) { values_[name] = std::move(value); }
  void erase(const std::string& name) { values_.erase(name); }
  bool has(const std::string& name) const { return values_.count(name) > 0; }

  // Text of a text option ("" when unset).
  std::string text(const std::string& name) const;
  bool flag(const std::string& name) const;
  std::optional<double> number(const std::string& name) const;
  std::optional<std::chrono::seconds> duration(const std::string& name) const;
  std::vector<std::string> list(const std::string& name) const;
  // What the user typed, for messages ("" when unset).
  std::string written(const std::string& name) const;

  const std::map<std::string, OptionValue>& all() const { return values_; }

 private:
  std::map<std::string, OptionValue> values_;
};

}  // namespace raxol
