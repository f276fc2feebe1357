// `raxol-deploy logs [TARGET]`: recent log lines; --follow keeps printing new ones. With --json,
// one JSON object per line (JSON lines), so that a stream can be piped.
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "core/project.h"
#include "raxol/facets.h"

namespace raxol {

namespace {
struct LogsOptions {
  std::string target;
  bool follow = false;
  std::string machine;
  std::string region;
  size_t limit = 100;
};
}  // namespace

CommandSpec logs_command() {
  CommandSpec spec;
  spec.path = {"logs"};
  spec.summary = "Show recent log lines of a target; --follow to keep watching";
  spec.define = [](CLI::App& app) -> CommandRunner {
    auto options = std::make_shared<LogsOptions>();
    app.add_option("target", options->target, "Target (fly)");
    app.add_flag("-f,--follow", options->follow, "Keep printing new lines until interrupted");
    app.add_option("--machine,--instance", options->machine, "Only this machine");
    app.add_option("--region", options->region, "Only this region");
    app.add_option("-n,--lines", options->limit, "How many recent lines to show")
        ->check(CLI::PositiveNumber);
    return [options](Context& context) -> Status {
      RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
      RAXOL_ASSIGN_OR_RETURN(auto spec, select_target(project, options->target, "logs"));
      RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
      LogsFacet* logs = target->logs();
      if (logs == nullptr)
        return make_error(ErrorKind::unsupported, "logs are not supported by " + spec.kind);
      LogQuery query;
      query.follow = options->follow;
      query.source = options->machine;
      query.region = options->region;
      query.limit = options->limit;
      bool json = context.ui.json_mode();
      return logs->read_logs(query, [&](const LogEntry& entry) {
        if (json) {
          context.ui.print_text(nlohmann::json{{"timestamp", entry.timestamp},
                                               {"source", entry.source},
                                               {"region", entry.region},
                                               {"level", entry.level},
                                               {"message", entry.message}}
                                    .dump());
        } else {
          context.ui.print_text(context.ui.style(entry.timestamp, Style::dim) + " " +
                                entry.source + " " + entry.region + " [" + entry.level + "] " +
                                entry.message);
        }
      });
    };
  };
  return spec;
}

}  // namespace raxol
