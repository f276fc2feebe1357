// The flags of `deploy` and `rollback` that belong to target kinds (--image for fly, --branch
// for the Pages kinds...): the union the command line declares, and the rule that a flag the
// chosen kind does not take is refused, naming the kinds that take it.
#pragma once

#include <string>
#include <vector>

#include "raxol/options.h"
#include "raxol/target.h"

namespace raxol {

enum class KindCommand { deploy, rollback };

// Every kind's own flags for `command`, once each (a flag several kinds declare lists them all
// in `kinds`), in registry order.
std::vector<OptionSpec> kind_option_specs(KindCommand command);

// A usage error for the first option in `options` that none of `kinds` takes:
// "--image is not an option of pages (cloudflare-pages); it is taken by fly".
Status check_kind_options(const OptionValues& options, KindCommand command,
                          const std::vector<const TargetSpec*>& targets);

// Of every value the command line set, the kind options of `command` (the rest belong to the
// command itself).
OptionValues kind_option_values(const OptionValues& all, KindCommand command);

// The request with only the options `kind` takes.
DeployRequest for_kind(const DeployRequest& request, const std::string& kind);
RollbackRequest for_kind(const RollbackRequest& request, const std::string& kind);

}  // namespace raxol
