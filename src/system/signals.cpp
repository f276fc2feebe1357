#include <csignal>

#include "raxol/cancel.h"

namespace raxol {

namespace {
CancelToken* g_token = nullptr;  // the one process-wide token the handler may touch

extern "C" void raxol_on_signal(int signal) {
  if (g_token != nullptr) g_token->request_from_signal(signal);
}
}  // namespace

void install_signal_handlers(CancelToken& token) {
  g_token = &token;
  struct sigaction action {};
  action.sa_handler = raxol_on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: blocking calls return EINTR and notice the request
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  std::signal(SIGPIPE, SIG_IGN);
}

}  // namespace raxol
