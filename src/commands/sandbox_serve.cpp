// `raxol-deploy sandbox serve`: the loopback emulators as a long-running server, so that other
// programs (flyctl, wrangler, git, curl) can use them too.
#include <nlohmann/json.hpp>
#include <thread>

#include "commands/commands.h"
#include "render/show.h"
#include "sandbox/sandbox.h"

namespace raxol {

namespace {
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
Status run_serve(Context& context, const OptionValues& values, AuditFacts&) {
  RAXOL_ASSIGN_OR_RETURN(auto address, parse_listen(values.text("listen")));
  std::filesystem::path state = values.text("state");
  if (state.empty())
    state = context.env.get("RAXOL_SANDBOX_STATE").value_or(sandbox::default_state_dir().string());
  RAXOL_ASSIGN_OR_RETURN(auto server,
                         sandbox::Sandbox::start({state, address.first, address.second}));
  show_result(context.ui,
              {{"base_url", server->base_url()},
               {"state_dir", server->state_dir().string()},
               {"env", server->environment()}},
              [&] { context.ui.print_text(server->export_lines()); });
  context.ui.info("sandbox listening on " + server->base_url() + " (state " +
                  server->state_dir().string() + "); the exports are also in " +
                  (server->state_dir() / "env").string() + "; Ctrl-C stops it");
  while (!context.cancel.requested()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  server->stop();
  context.ui.info("sandbox stopped");
  return {};
}

}  // namespace

CommandSpec sandbox_serve_command() {
  CommandSpec spec;
  spec.path = {"sandbox", "serve"};
  spec.summary =
      "Serve the loopback emulators (Fly Machines, Cloudflare Pages, GitHub) until stopped";
  spec.options = {
      {"state", OptionType::text,
       "State directory (default: $RAXOL_SANDBOX_STATE or .raxol/sandbox)", "DIR"},
      CommandOption{"listen", OptionType::text, "Address to listen on (loopback only)",
                 "127.0.0.1:PORT"}
          .with_default("127.0.0.1:0"),
  };
  spec.run = run_serve;
  return spec;
}

}  // namespace raxol
