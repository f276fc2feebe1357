#include "cli/app.h"

#include <unistd.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/parser.h"
#include "core/audit.h"
#include "core/credentials.h"
#include "render/exit_codes.h"
#include "net/logging_http_client.h"
#include "net/retry.h"
#include "raxol/cancel.h"
#include "sandbox/sandbox.h"

namespace raxol {

namespace {

// Restores the working directory changed by -C when an in-process invocation ends.
class WorkDirGuard {
 public:
  WorkDirGuard() : saved_(std::filesystem::current_path()) {}
  ~WorkDirGuard() {
    std::error_code ec;
    std::filesystem::current_path(saved_, ec);
  }

 private:
  std::filesystem::path saved_;
};

nlohmann::json error_json(const Error& error) { return {{"error", error_to_json(error)}}; }

// A usage error before any Ui exists: the JSON envelope on stdout under --json, the message
// and a pointer to --help on stderr.
int usage_error(const Error& parsed, bool json, CliIo& io) {
  Error error = parsed;
  error.notes.push_back("run 'raxol-deploy --help' for usage");
  if (json) io.out << error_json(error).dump(2) << "\n";
  io.err << "error: " << error.message << "\n";
  for (const auto& note : error.notes) io.err << "  " << note << "\n";
  return kExitUsage;
}

}  // namespace

int run_cli(const std::vector<std::string>& args, CliIo io) {
  auto parsed = parse_command_line(args);
  if (!parsed.ok()) return usage_error(parsed.error(), asks_for_json(args), io);
  if (parsed->action == ParsedCommandLine::Action::print) {
    io.out << parsed->text;
    return kExitOk;
  }
  if (parsed->action == ParsedCommandLine::Action::no_command) {
    io.err << parsed->text;
    return kExitUsage;
  }
  const CommandSpec& command = *parsed->command;
  const OptionValues& values = parsed->values;
  const GlobalOptions& options = parsed->globals;

  Redactor redactor;
  for (const auto& name : credential_variables())
    if (auto value = io.env.get(name)) redactor.add(*value);

  UiOptions ui_options = io.terminal ? *io.terminal : detect_ui_options(false, 0);
  ui_options.json = options.json;
  ui_options.verbosity = options.verbosity;
  ui_options.github_actions = io.env.get("GITHUB_ACTIONS").value_or("") == "true";
  TerminalUi ui(ui_options, io.out, io.err, io.in, redactor);

  WorkDirGuard work_dir_guard;
  if (!options.work_dir.empty()) {
    std::error_code ec;
    std::filesystem::current_path(options.work_dir, ec);
    if (ec) {
      Error error = make_error(ErrorKind::usage,
                               "-C " + options.work_dir.string() + ": " + ec.message());
      if (options.json) ui.print_json(error_json(error));
      ui.error(error);
      return kExitUsage;
    }
  }

  OverlayEnvironment env(&io.env);
  // --sandbox: emulators on loopback for this one command, pointed at by the same variables
  // the real tools read. State persists in the state directory between commands. Started before the
  // HTTP client so that the client (and its keep-alive connections) goes first at the end.
  std::unique_ptr<sandbox::Sandbox> in_process_sandbox;
  if (options.sandbox && command.path.front() != "sandbox") {
    std::filesystem::path state =
        env.get("RAXOL_SANDBOX_STATE").value_or(sandbox::default_state_dir().string());
    auto started = sandbox::start_for_command(state);
    if (!started.ok()) {
      ui.error(started.error());
      return exit_code_for(started.error());
    }
    in_process_sandbox = std::move(started).value();
    for (const auto& [name, value] : in_process_sandbox->environment()) env.set(name, value);
    ui.debug("sandbox at " + in_process_sandbox->base_url() + ", state " + state.string());
  }


  auto clock = make_system_clock();
  auto fs = make_local_filesystem();
  auto processes = make_posix_process_runner();
  auto curl = make_curl_http_client({std::string("raxol-deploy/") + RAXOL_VERSION, false});
  RetryingHttpClient retrying(*curl, *clock, RetryPolicy{},
                              [&ui](const HttpRequest& request, const std::string& reason,
                                    std::chrono::milliseconds delay, int attempt) {
                                ui.debug("retrying " + request.method + " after " + reason +
                                         " in " + std::to_string(delay.count()) + " ms (attempt " +
                                         std::to_string(attempt + 1) + ")");
                              });
  LoggingHttpClient http(retrying, ui, redactor, *clock);
  static CancelToken cancel;  // the signal handler needs a token that outlives every frame
  install_signal_handlers(cancel);

  Context context{env, http, *clock, *fs, *processes, ui, redactor, cancel, io.in, options};
  // A dry run changes nothing, so it needs no confirmation, and no audit entry.
  const bool dry = values.flag("dry-run");
  if (command.destructive && !dry && !options.yes && !ui.interactive()) {
    Error error = make_error(ErrorKind::usage, "'" + command.path.back() +
                                                   "' changes or removes live state and stdin is "
                                                   "not a terminal");
    error.notes.push_back("pass --yes to confirm");
    if (options.json) ui.print_json(error_json(error));
    ui.error(error);
    return kExitUsage;
  }

  AuditFacts facts;
  const auto started = context.clock.steady_now();
  Status status = command.run(context, values, facts);
  // The audit trail, written here for every mutating command: what it reported it did.
  if (command.mutating && !dry) {
    std::string action;
    for (const auto& word : command.path) action += (action.empty() ? "" : " ") + word;
    const double seconds =
        std::chrono::duration<double>(context.clock.steady_now() - started).count();
    record_command_audit(context, action, std::move(facts), status, seconds);
  }
  if (!status.ok()) {
    Error error = status.error();
    if (cancel.requested() && error.kind != ErrorKind::rolled_back)
      error.kind = ErrorKind::interrupted;
    if (options.json && !ui.printed_json()) ui.print_json(error_json(error));
    ui.error(error);
    return exit_code_for(error);
  }
  return kExitOk;
}

}  // namespace raxol
