#include "cli/global_options.h"

namespace raxol {

std::string program_description() {
  return "raxol-deploy: deploy a multi-tier web project (Fly.io, Cloudflare Pages, GitHub Pages) "
         "and keep it healthy";
}

const std::vector<CommandOption>& global_option_specs() {
  static const std::vector<CommandOption> specs = {
      CommandOption{"help", OptionType::flag, "Print this help message and exit"}.with_short('h'),
      // Only before the command (src/cli/argv_check.cpp): after it, --version is the command's
      // (rollback --version 3) or an unknown flag, never a silent exit 0.
      {"version", OptionType::flag, "Display program version information and exit"},
      {"json", OptionType::flag, "Print results as JSON on stdout"},
      CommandOption{"verbose", OptionType::flag, "More detail on stderr (repeatable)"}.with_short('v'),
      // -C has no long name, as in git and make.
      {"C", OptionType::text, "Run as if started in DIR", "DIR"},
      {"config", OptionType::text, "Project file (default: raxol-deploy.toml)", "FILE"},
      {"sandbox", OptionType::flag, "Run against a loopback sandbox started for this command"},
      CommandOption{"yes", OptionType::flag, "Answer yes to confirmations"}.with_short('y'),
  };
  return specs;
}

GlobalOptions global_options_from(const OptionValues& values) {
  GlobalOptions options;
  options.json = values.flag("json");
  // A flag's value holds one item per occurrence: -vv is 2.
  auto verbose = values.all().find("verbose");
  options.verbosity = verbose == values.all().end() ? 0 : static_cast<int>(verbose->second.items.size());
  options.yes = values.flag("yes");
  options.sandbox = values.flag("sandbox");
  options.work_dir = values.text("C");
  options.config_file = values.text("config");
  return options;
}

}  // namespace raxol
