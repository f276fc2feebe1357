#include "core/kind_options.h"

#include <algorithm>

#include "targets/registry.h"
#include "util/strings.h"

namespace raxol {

namespace {

const std::vector<OptionSpec>& options_of(const TargetKind& kind, KindCommand command) {
  return command == KindCommand::deploy ? kind.deploy_options : kind.rollback_options;
}

bool kind_takes(const std::string& kind_name, KindCommand command, const std::string& option) {
  const TargetKind* kind = find_target_kind(kind_name);
  if (kind == nullptr) return false;
  const auto& options = options_of(*kind, command);
  return std::any_of(options.begin(), options.end(),
                     [&](const OptionSpec& spec) { return spec.name == option; });
}

OptionValues only_for(const OptionValues& options, const std::string& kind, KindCommand command) {
  OptionValues kept;
  for (const auto& [name, value] : options.all())
    if (kind_takes(kind, command, name)) kept.set(name, value);
  return kept;
}

}  // namespace

std::vector<OptionSpec> kind_option_specs(KindCommand command) {
  std::vector<OptionSpec> merged;
  for (const auto& kind : target_kinds()) {
    for (const auto& option : options_of(kind, command)) {
      auto same = std::find_if(merged.begin(), merged.end(),
                               [&](const OptionSpec& spec) { return spec.name == option.name; });
      if (same == merged.end()) merged.push_back(option);
      else same->kinds.push_back(kind.name);
    }
  }
  return merged;
}

Status check_kind_options(const OptionValues& options, KindCommand command,
                          const std::vector<const TargetSpec*>& targets) {
  for (const auto& [name, value] : options.all()) {
    bool taken = false;
    for (const TargetSpec* target : targets) taken = taken || kind_takes(target->kind, command, name);
    if (taken) continue;
    std::vector<std::string> takers;
    for (const auto& option : kind_option_specs(command))
      if (option.name == name) takers = option.kinds;
    std::vector<std::string> chosen;
    for (const TargetSpec* target : targets) chosen.push_back(target->name + " (" + target->kind + ")");
    Error error = make_error(ErrorKind::usage, "--" + name + " is not an option of " +
                                                   join(chosen, ", ") + "; it is taken by " +
                                                   join(takers, ", "));
    return error;
  }
  return {};
}

OptionValues kind_option_values(const OptionValues& all, KindCommand command) {
  OptionValues kept;
  const auto specs = kind_option_specs(command);
  for (const auto& [name, value] : all.all())
    if (std::any_of(specs.begin(), specs.end(), [&](const OptionSpec& spec) { return spec.name == name; }))
      kept.set(name, value);
  return kept;
}

DeployRequest for_kind(const DeployRequest& request, const std::string& kind) {
  DeployRequest narrowed = request;
  narrowed.options = only_for(request.options, kind, KindCommand::deploy);
  return narrowed;
}

RollbackRequest for_kind(const RollbackRequest& request, const std::string& kind) {
  RollbackRequest narrowed = request;
  narrowed.options = only_for(request.options, kind, KindCommand::rollback);
  return narrowed;
}

}  // namespace raxol
