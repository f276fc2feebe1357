#include "util/sodium.h"

#include <sodium.h>

namespace raxol {

void ensure_sodium() {
  static const int initialised = sodium_init();
  (void)initialised;
}

}  // namespace raxol
