// `raxol-deploy sandbox serve`: the loopback emulators as a long-running server, so that other
// programs (flyctl, wrangler, git, curl) can use them too.
#include <nlohmann/json.hpp>
#include <thread>

#include "commands/commands.h"
#include "sandbox/sandbox.h"

namespace raxol {

namespace {
struct ServeOptions {
  std::string state_dir;
  std::string listen = "127.0.0.1:0";
};

Result<std::pair<std::string, int>> parse_listen(const std::string& listen) {
  auto colon = listen.rfind(':');
  std::string host = colon == std::string::npos ? listen : listen.substr(0, colon);
  std::string port_text = colon == std::string::npos ? "0" : listen.substr(colon + 1);
  int port = -1;
  try {
    size_t used = 0;
    port = std::stoi(port_text, &used);
    if (used != port_text.size()) port = -1;
  } catch (const std::exception&) {
    port = -1;
  }
  if (port < 0 || port > 65535)
    return make_error(ErrorKind::usage, "--listen " + listen + ": expected HOST:PORT");
  if (host != "127.0.0.1" && host != "localhost" && host != "::1")
    return make_error(ErrorKind::usage, "--listen " + listen +
                                            ": the sandbox only listens on loopback (127.0.0.1)");
  return std::make_pair(host == "localhost" ? std::string("127.0.0.1") : host, port);
}
}  // namespace

CommandSpec sandbox_serve_command() {
  return {{"sandbox", "serve"},
          "Serve the loopback emulators (Fly Machines, Cloudflare Pages, GitHub) until stopped",
          [](CLI::App& app) -> CommandRunner {
            auto options = std::make_shared<ServeOptions>();
            app.add_option("--state", options->state_dir,
                           "State directory (default: $RAXOL_SANDBOX_STATE or .raxol/sandbox)")
                ->type_name("DIR");
            app.add_option("--listen", options->listen, "Address to listen on (loopback only)")
                ->type_name("127.0.0.1:PORT");
            return [options](Context& context) -> Status {
              RAXOL_ASSIGN_OR_RETURN(auto address, parse_listen(options->listen));
              std::filesystem::path state = options->state_dir;
              if (state.empty())
                state = context.env.get("RAXOL_SANDBOX_STATE").value_or(
                    sandbox::default_state_dir().string());
              RAXOL_ASSIGN_OR_RETURN(
                  auto server, sandbox::Sandbox::start({state, address.first, address.second}));
              if (context.ui.json_mode()) {
                context.ui.print_json({{"base_url", server->base_url()},
                                       {"state_dir", server->state_dir().string()},
                                       {"env", server->environment()}});
              } else {
                context.ui.print_text(server->export_lines());
              }
              context.ui.info("sandbox listening on " + server->base_url() + " (state " +
                              server->state_dir().string() + "); the exports are also in " +
                              (server->state_dir() / "env").string() + "; Ctrl-C stops it");
              while (!context.cancel.requested())
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
              server->stop();
              context.ui.info("sandbox stopped");
              return {};
            };
          }};
}

}  // namespace raxol
