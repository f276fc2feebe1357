// Identifiers in the shapes the real Fly.io API hands out, so that clients which check or
// display them (flyctl shortens machine ids, validates ULIDs) treat ours the same way. Only
// Fly's own shapes live here; ULIDs, hex and alphanumeric ids come from util/ids.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace raxol::sandbox::fly {

// 14 lowercase hex characters, e.g. "3d8d9e2fa1c703".
std::string new_machine_id();
// A lease nonce: 32 lowercase hex characters.
std::string new_nonce();
// A random machine name in flyctl's "adjective-noun-NNNN" style.
std::string new_machine_name();
// A short keyed digest (16 hex characters, BLAKE2b) of a secret value, as `fly secrets list`
// shows: it changes when the value changes and does not reveal it. (Image digests are
// util/digest.h's.)
std::string secret_digest(std::string_view value);

}  // namespace raxol::sandbox::fly
