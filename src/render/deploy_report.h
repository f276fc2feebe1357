// How a deploy of one or more targets is reported: --json, the summary table, and the same as
// Markdown for the GitHub Actions job summary.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/deploy_all.h"

namespace raxol {

nlohmann::json deploy_report_json(const DeployAllReport& report);
// target | result | release before -> after | duration | url
std::string deploy_report_table(const DeployAllReport& report);
// The same as a Markdown section, for the GitHub Actions job summary.
std::string deploy_report_markdown(const DeployAllReport& report, const std::string& title);

}  // namespace raxol
