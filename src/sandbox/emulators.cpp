// The one list of emulators the sandbox serves. Adding a target = adding its emulator here.
#include "sandbox/cloudflare_pages/pages_emulator.h"
#include "sandbox/emulator.h"
#include "sandbox/fly/fly_call.h"
#include "sandbox/fly/fly_emulator.h"
#include "sandbox/github/github_emulator.h"
#include "sandbox/registry/registry_emulator.h"

namespace raxol::sandbox {

std::vector<Emulator> make_emulators(const EmulatorEnvironment& environment) {
  std::vector<Emulator> emulators;
  emulators.push_back(fly::make_fly_emulator(environment));
  emulators.push_back(cloudflare_pages::make_pages_emulator(environment));
  emulators.push_back(github::make_github_emulator(environment));
  // The registry takes the sandbox's Fly tokens, as registry.fly.io takes Fly's, by the Fly
  // emulator's one definition of a valid token.
  emulators.push_back(registry::make_registry_emulator(
      environment, [settings = environment.settings](const std::string& token) {
        return fly::token_owner(token, fly::read_fly_settings(*settings)).has_value();
      }));
  return emulators;
}

}  // namespace raxol::sandbox
