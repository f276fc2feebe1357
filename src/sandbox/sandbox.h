// The sandbox: loopback emulators of the cloud services, started by `raxol-deploy sandbox
// serve` or in-process by the global --sandbox flag. State lives in a directory so that
// consecutive commands see one world. This header is all that code outside src/sandbox/ sees:
// the HTTP server and the emulators stay behind Impl, so that no other code compiles httplib.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "raxol/clock.h"
#include "raxol/result.h"
#include "sandbox/faults.h"
#include "sandbox/request_log.h"
#include "sandbox/state_file.h"

namespace raxol::sandbox {

struct SandboxOptions {
  std::filesystem::path state_dir;
  std::string host = "127.0.0.1";  // loopback only: the sandbox is never reachable from outside
  int port = 0;                    // 0: any free port
  // The emulators' time (machine timings, expiries, timestamps, injected latency). nullptr:
  // the system clock. Not owned; it must outlive the sandbox.
  Clock* clock = nullptr;
};

class Sandbox {
 public:
  // Binds, builds the emulators and starts serving on a background thread.
  static Result<std::unique_ptr<Sandbox>> start(const SandboxOptions& options);
  ~Sandbox();
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  const std::string& base_url() const;
  int port() const;
  const std::filesystem::path& state_dir() const;
  // Every variable that points clients at the emulators (FLY_FLAPS_BASE_URL, ...).
  std::map<std::string, std::string> environment() const;
  // The same as shell `export` lines, as written to STATE/env.
  std::string export_lines() const;

  RequestLog& requests();
  FaultInjector& faults();
  StateFile& settings();

  void stop();
  // Blocks until the server stops (sandbox serve).
  void wait();

 private:
  struct Impl;
  explicit Sandbox(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The sandbox of one `--sandbox` command, on the port this state directory had last time
// (STATE/port) so that addresses it handed out then still reach it — image references name
// its registry by host:port — or on any free port (remembered) when that one is taken.
Result<std::unique_ptr<Sandbox>> start_for_command(const std::filesystem::path& state_dir);

// The state directory `--sandbox` uses when RAXOL_SANDBOX_STATE is unset: .raxol/sandbox in
// the working directory.
std::filesystem::path default_state_dir();

}  // namespace raxol::sandbox
