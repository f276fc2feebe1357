// How the core's results look to people (text on stdout) and to machines (--json). Shared by
// the commands that show the same kind of result (deploy --dry-run and plan, deploy and
// rollback, status of one target or of all).
#pragma once

#include <vector>

#include "raxol/target.h"
#include "raxol/ui.h"

namespace raxol {

nlohmann::json plan_to_json(const Plan& plan);
nlohmann::json outcome_to_json(const Outcome& outcome);
nlohmann::json status_to_json(const TargetStatus& status);
nlohmann::json release_to_json(const Release& release);

void print_plan(Ui& ui, const Plan& plan);
void print_status(Ui& ui, const TargetStatus& status);
// "NAME (KIND)  unknown  MESSAGE": a target whose status could not be read.
void print_status_error(Ui& ui, const TargetSpec& spec, const Error& error);
// `images`: the image and digest columns of `releases fly --image` instead of the description.
void print_releases(Ui& ui, const std::vector<Release>& releases, bool images = false);

}  // namespace raxol
