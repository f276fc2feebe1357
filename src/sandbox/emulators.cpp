// The one list of emulators the sandbox serves. Adding a target = adding its emulator here.
#include "sandbox/cloudflare_pages/pages_emulator.h"
#include "sandbox/emulator.h"
#include "sandbox/fly/fly_emulator.h"
#include "sandbox/github/github_emulator.h"

namespace raxol::sandbox {

std::vector<std::unique_ptr<Emulator>> make_emulators(const EmulatorEnvironment& environment) {
  std::vector<std::unique_ptr<Emulator>> emulators;
  emulators.push_back(std::make_unique<fly::FlyEmulator>(environment));
  emulators.push_back(std::make_unique<cloudflare_pages::PagesEmulator>(environment));
  emulators.push_back(std::make_unique<github::GitHubEmulator>(environment));
  return emulators;
}

}  // namespace raxol::sandbox
