#include "cli/cli_tree.h"

#include "cli/command_table.h"

namespace raxol {

namespace {

CLI::App* find_or_add_subcommand(CLI::App& parent, const std::string& name,
                                 const std::string& summary) {
  for (auto* sub : parent.get_subcommands({}))
    if (sub->get_name() == name) return sub;
  auto* sub = parent.add_subcommand(name, summary);
  sub->fallthrough();
  return sub;
}

std::string group_summary(const std::string& name) {
  for (const auto& [group, summary] : command_groups())
    if (group == name) return summary;
  return {};
}

}  // namespace

CliTree::CliTree()
    : app("raxol-deploy: deploy a multi-tier web project (Fly.io, Cloudflare Pages, "
          "GitHub Pages) and keep it healthy",
          "raxol-deploy") {
  app.fallthrough();
  app.set_version_flag("--version", std::string("raxol-deploy ") + RAXOL_VERSION);
  app.add_flag("--json", options.json, "Print results as JSON on stdout");
  app.add_flag("-v,--verbose", options.verbosity, "More detail on stderr (repeatable)");
  app.add_option("-C", options.work_dir, "Run as if started in DIR")->type_name("DIR");
  app.add_option("--config", options.config_file, "Project file (default: raxol-deploy.toml)")
      ->type_name("FILE");
  app.add_flag("--sandbox", options.sandbox,
               "Run against a loopback sandbox started for this command");
  app.add_flag("-y,--yes", options.yes, "Answer yes to confirmations");
  app.require_subcommand(0, 1);

  for (const auto& spec : command_table()) {
    CLI::App* parent = &app;
    for (size_t i = 0; i + 1 < spec.path.size(); ++i)
      parent = find_or_add_subcommand(*parent, spec.path[i], group_summary(spec.path[i]));
    auto* sub = find_or_add_subcommand(*parent, spec.path.back(), spec.summary);
    sub->description(spec.summary);
    commands.push_back({sub, spec.define(*sub), &spec});
  }
  for (auto* group : app.get_subcommands({})) {
    auto children = group->get_subcommands({});
    if (children.empty()) continue;
    group->require_subcommand(1);
    // A group whose commands all hid themselves (group("") in define) hides too.
    bool all_hidden = true;
    for (const auto* child : children) all_hidden = all_hidden && child->get_group().empty();
    if (all_hidden) group->group("");
  }
}

}  // namespace raxol
