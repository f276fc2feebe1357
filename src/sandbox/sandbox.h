// The sandbox: loopback emulators of the cloud services, started by `raxol-deploy sandbox
// serve` or in-process by the global --sandbox flag. State lives in a directory so that
// consecutive commands see one world.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "raxol/result.h"
#include "sandbox/emulator.h"
#include "sandbox/faults.h"
#include "sandbox/request_log.h"

namespace raxol::sandbox {

struct SandboxOptions {
  std::filesystem::path state_dir;
  std::string host = "127.0.0.1";  // loopback only: the sandbox is never reachable from outside
  int port = 0;                    // 0: any free port
};

class Sandbox {
 public:
  // Binds, builds the emulators and starts serving on a background thread.
  static Result<std::unique_ptr<Sandbox>> start(const SandboxOptions& options);
  ~Sandbox();
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  const std::string& base_url() const { return base_url_; }
  int port() const { return port_; }
  const std::filesystem::path& state_dir() const { return state_dir_; }
  // Every variable that points clients at the emulators (FLY_FLAPS_BASE_URL, ...).
  std::map<std::string, std::string> environment() const;
  // The same as shell `export` lines, as written to STATE/env.
  std::string export_lines() const;

  RequestLog& requests() { return *requests_; }
  FaultInjector& faults() { return *faults_; }
  StateFile& settings() { return *settings_; }

  void stop();
  // Blocks until the server stops (sandbox serve).
  void wait();

 private:
  Sandbox() = default;
  void install_hooks();
  void install_admin_routes();
  const Emulator* emulator_for(std::string_view path) const;

  std::filesystem::path state_dir_;
  std::string base_url_;
  int port_ = 0;
  std::unique_ptr<httplib::Server> server_;
  std::unique_ptr<RequestLog> requests_;
  std::unique_ptr<FaultInjector> faults_;
  std::unique_ptr<StateFile> settings_;
  std::vector<std::unique_ptr<Emulator>> emulators_;
  std::thread thread_;
};

// The state directory `--sandbox` uses when RAXOL_SANDBOX_STATE is unset: .raxol/sandbox in
// the working directory.
std::filesystem::path default_state_dir();

}  // namespace raxol::sandbox
