#include "cli/app.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/cli_tree.h"
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

}  // namespace

int run_cli(const std::vector<std::string>& args, CliIo io) {
  CliTree tree;  // the one definition of commands and flags (shared with completion and docs)
  GlobalOptions& options = tree.options;
  CLI::App& app = tree.app;

  // CLI11 wants argv order reversed when given a vector.
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    io.out << app.help();
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    io.out << app.help("", CLI::AppFormatMode::All);
    return kExitOk;
  } catch (const CLI::CallForVersion&) {
    io.out << "raxol-deploy " << RAXOL_VERSION << "\n";
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    Error error = make_error(ErrorKind::usage, e.what());
    error.notes.push_back("run 'raxol-deploy --help' for usage");
    if (options.json) io.out << error_json(error).dump(2) << "\n";
    io.err << "error: " << error.message << "\n  " << error.notes.front() << "\n";
    return kExitUsage;
  }

  const BoundCommand* chosen = nullptr;
  for (const auto& candidate : tree.commands)
    if (candidate.app->parsed()) chosen = &candidate;
  if (chosen == nullptr) {
    io.err << app.help();
    return kExitUsage;
  }

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
  if (options.sandbox && chosen->spec->path.front() != "sandbox") {
    std::filesystem::path state =
        env.get("RAXOL_SANDBOX_STATE").value_or(sandbox::default_state_dir().string());
    auto started = sandbox::Sandbox::start({state, "127.0.0.1", 0});
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
  // A dry run changes nothing, so it needs no confirmation.
  const CLI::Option* dry_run = chosen->app->get_option_no_throw("--dry-run");
  const bool dry = dry_run != nullptr && dry_run->count() > 0;
  if (chosen->spec->destructive && !dry && !options.yes && !ui.interactive()) {
    Error error = make_error(ErrorKind::usage, "'" + chosen->app->get_name() +
                                                   "' changes or removes live state and stdin is "
                                                   "not a terminal");
    error.notes.push_back("pass --yes to confirm");
    if (options.json) ui.print_json(error_json(error));
    ui.error(error);
    return kExitUsage;
  }

  Status status = chosen->runner(context);
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
