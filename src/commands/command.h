// One command = one .cpp in src/commands/ (or src/cli/ for the commands that describe the command
// line itself) that returns a CommandSpec; src/cli/command_table.cpp lists them all.
// A command is data: its arguments and flags are OptionSpecs, and src/cli/ binds them to the
// parser, checks the command line against them and hands the typed values to `run`. So no
// command sees the parser library, and completion scripts and docs are generated from the same
// data. A command computes its result and renders it through src/render/; mutating commands add
// what they did to `facts`, which src/cli/app.cpp writes to the audit trail in one place.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/audit.h"
#include "raxol/context.h"
#include "raxol/options.h"
#include "raxol/result.h"

namespace raxol {

using CommandRun = std::function<Status(Context&, const OptionValues&, AuditFacts&)>;

// An OptionSpec (include/raxol/options.h: name, type, help, default, choices, short name,
// aliases, kinds) plus what only the command line needs: bounds for numbers and hiding. Kind
// options (core/kind_options.h) convert as they are.
struct CommandOption : OptionSpec {
  using OptionSpec::OptionSpec;
  CommandOption() = default;
  CommandOption(OptionSpec spec) : OptionSpec(std::move(spec)) {}  // NOLINT: implicit by design

  std::optional<double> min;  // number: the accepted range, inclusive
  std::optional<double> max;
  bool integer = false;  // number: whole numbers only (--lines, --timeout)
  bool hidden = false;   // left out of --help, completion and the docs (an interface of scripts)

  // Declaring in one expression: CommandOption{...}.with_default("60").with_short('n').
  CommandOption with_default(std::string text) const;
  CommandOption with_short(char letter) const;
  CommandOption with_alias(std::string alias) const;
  CommandOption as_required() const;
  CommandOption as_hidden() const;
  // A whole number from `low` to `high` (no upper bound when omitted).
  CommandOption whole_number(double low, std::optional<double> high = std::nullopt) const;
};

struct CommandSpec {
  std::vector<std::string> path;  // {"config", "show"}: nested subcommands
  std::string summary;            // one line for --help and the docs
  // Positional arguments in order; a list-typed one (last) takes every remaining word.
  std::vector<CommandOption> arguments;
  std::vector<CommandOption> options;  // flags and options (--dry-run, --image REF)
  CommandRun run;
  // Mutates a remote service (deploy, rollback, secrets set...). Recorded in the audit trail.
  bool mutating = false;
  // Destroys or replaces something: refuses to run without --yes when stdin is not a TTY.
  bool destructive = false;
  bool hidden = false;  // left out of --help, completion and the docs (docs generate)
};

// A positional argument naming one target of the project.
CommandOption target_argument(std::string help = "Target (fly, pages, gh-pages...)");

// --wait-timeout of deploy and rollback.
CommandOption wait_timeout_option();

}  // namespace raxol
