// Random identifiers from libsodium's generator (thread-safe): hex ids and nonces, ULIDs
// (time-ordered, Crockford base32, as Fly and our image tags use), UUIDs (Cloudflare ids).
#pragma once

#include <cstdint>
#include <string>

namespace raxol {

// `bytes` random bytes as lower-case hex (2 * bytes characters).
std::string random_hex(size_t bytes);
// `length` characters from [a-z0-9].
std::string random_alnum(size_t length);
// A uniformly random number in [0, bound).
std::uint32_t random_below(std::uint32_t bound);
// A 26-character ULID whose first 10 characters encode `epoch_ms`.
std::string new_ulid(std::int64_t epoch_ms);
// A random (version 4) UUID, "8-4-4-4-12" lower-case hex.
std::string new_uuid();

}  // namespace raxol
