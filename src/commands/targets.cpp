// `raxol-deploy targets [--discover DIR]`: what would deploy, and why we think so (the file
// and line each target comes from, and for discovered ones the `if:` guards that decide
// whether CI runs them).
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "core/comparison.h"
#include "core/project.h"
#include "render/show.h"
#include "render/table.h"

namespace raxol {
namespace {

nlohmann::json target_json(const TargetSpec& target) {
  return {{"name", target.name},
          {"kind", target.kind},
          {"source", target.source.to_string()},
          {"origin", target.origin},
          {"settings", target.settings},
          {"needs", target.needs},
          {"optional", target.optional},
          {"discovery", target.discovery}};
}

// `value` as the right-hand side of key=value: bare when that is unambiguous, JSON-quoted
// otherwise (empty strings, spaces).
std::string setting_text(const nlohmann::json& value) {
  if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    if (text.empty() || text.find_first_of(" \t\"") != std::string::npos) return value.dump();
    return text;
  }
  if (value.is_array()) {
    std::string joined;
    for (const auto& item : value)
      joined +=
          (joined.empty() ? "" : ",") + (item.is_string() ? item.get<std::string>() : item.dump());
    return "[" + joined + "]";
  }
  return value.dump();
}

std::string settings_text(const nlohmann::json& settings) {
  std::string text;
  for (const auto& [key, value] : settings.items())
    text += (text.empty() ? "" : " ") + key + "=" + setting_text(value);
  return text;
}

// Lines printed under a target's row: what makes it conditional or special.
std::vector<std::string> notes(const TargetSpec& target) {
  std::vector<std::string> lines;
  if (target.optional) lines.push_back("optional: a failure warns and the others still deploy");
  const auto& discovery = target.discovery;
  if (target.origin != "workflow" && discovery.contains("step_source"))
    lines.push_back("deployed by " + discovery["step_source"].get<std::string>() + " (job " +
                    discovery.value("job", "") + ")");
  if (discovery.contains("job_if"))
    lines.push_back("job if: " + discovery["job_if"].value("expression", "") + " (" +
                    discovery["job_if"].value("source", "") + ")");
  if (discovery.contains("step_if"))
    lines.push_back("if: " + discovery["step_if"].value("expression", "") + " (" +
                    discovery["step_if"].value("source", "") + ")");
  return lines;
}

std::string pad(const std::string& text, size_t width) {
  return text + std::string(width > text.size() ? width - text.size() : 0, ' ');
}

std::string render_table(Ui& ui, const std::vector<TargetSpec>& targets) {
  const std::vector<std::string> headers = {"NAME", "KIND", "SOURCE", "NEEDS", "SETTINGS"};
  std::vector<std::vector<std::string>> rows;
  for (const auto& target : targets) {
    std::string needs;
    for (const auto& need : target.needs) needs += (needs.empty() ? "" : ",") + need;
    rows.push_back({target.name, target.kind, target.source.to_string(),
                    needs.empty() ? "-" : needs, settings_text(target.settings)});
  }
  std::vector<size_t> widths(headers.size());
  for (size_t column = 0; column < headers.size(); ++column) {
    widths[column] = headers[column].size();
    for (const auto& row : rows) widths[column] = std::max(widths[column], row[column].size());
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (size_t column = 0; column + 1 < cells.size(); ++column)
      text += pad(cells[column], widths[column] + 2);
    return text + cells.back();
  };
  std::string out = ui.style(line(headers), Style::bold) + "\n";
  for (size_t i = 0; i < rows.size(); ++i) {
    out += line(rows[i]) + "\n";
    for (const auto& note : notes(targets[i])) out += ui.style("    " + note, Style::dim) + "\n";
  }
  return out;
}

void print_targets(Context& context, const ProjectTargets& found, const std::string& where) {
  if (found.targets.empty()) return;
  if (!found.project_file.empty())
    context.ui.info("Targets from " + found.project_file + ":");
  else
    context.ui.info("Targets discovered in " + where + " (no project file):");
  context.ui.print_text(render_table(context.ui, found.targets));
  const ComparisonGrid grid = comparison_grid(found.targets);
  context.ui.print_text("\n" + raxol::render_table(grid.headers, grid.rows));
}

Status run_targets(Context& context, const OptionValues& values, AuditFacts&) {
  const std::string discover = values.text("discover");
  if (!discover.empty() && !context.fs.is_directory(discover))
    return make_error(ErrorKind::usage, "--discover " + discover + ": no such directory");
  // --discover looks at a directory as it is, so a project file there does not count.
  Result<ProjectTargets> found = discover.empty()
                                     ? read_project(context)
                                     : discover_project(context, discover);
  if (!found.ok()) return found.error();
  for (const auto& warning : found->warnings) context.ui.warn(warning);

  const std::string where = discover.empty() ? "the working directory" : discover;
  if (found->targets.empty())
    context.ui.warn("no deploy targets found in " + where +
                    ": add a raxol-deploy.toml (see docs/configuration.md), a fly.toml, or a "
                    "deploy step in .github/workflows");
  nlohmann::json targets = nlohmann::json::array();
  for (const auto& target : found->targets) targets.push_back(target_json(target));
  show_result(context.ui,
              {{"targets", targets},
               {"warnings", found->warnings},
               {"comparison", comparison_json(found->targets)}},
              [&] { print_targets(context, *found, where); });
  return {};
}

}  // namespace

CommandSpec targets_command() {
  CommandSpec spec;
  spec.path = {"targets"};
  spec.summary =
      "List the deploy targets: the project file's, or those discovered from fly.toml and "
      "GitHub Actions workflows";
  spec.options = {{"discover", OptionType::text,
                   "Discover targets in DIR (fly.toml, .github/workflows), ignoring any project file",
                   "DIR"}};
  spec.run = run_targets;
  return spec;
}

}  // namespace raxol
