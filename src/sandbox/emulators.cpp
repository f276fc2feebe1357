// The one list of emulators the sandbox serves. Adding a target = adding its emulator here.
#include "sandbox/emulator.h"

namespace raxol::sandbox {

std::vector<std::unique_ptr<Emulator>> make_emulators(const EmulatorEnvironment& environment) {
  (void)environment;
  std::vector<std::unique_ptr<Emulator>> emulators;
  return emulators;
}

}  // namespace raxol::sandbox
