// libsodium's one initialisation: sodium_init() picks the fastest implementation of each
// primitive for this CPU and makes the random generator thread-safe. Idempotent and safe to
// call from any thread; every helper that uses libsodium calls it first.
#pragma once

namespace raxol {

void ensure_sodium();

}  // namespace raxol
