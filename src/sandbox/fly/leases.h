// Machine leases: an exclusive hold on mutating a machine, proven by echoing the lease nonce
// in the `fly-machine-lease-nonce` header. Stored in the machine record; an expired lease is
// treated as absent everywhere.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace raxol::sandbox::fly {

using nlohmann::json;

inline constexpr const char* kLeaseNonceHeader = "fly-machine-lease-nonce";

// The machine's lease if one is held and unexpired, else nullptr.
const json* active_lease(const json& record, int64_t now);
// Takes a new lease (replacing an expired one).
const json& grant_lease(json& record, const std::string& owner, const std::string& description,
                        int ttl_seconds, int64_t now);
// The API's lease data: {nonce, expires_at (unix seconds), owner, description, version}.
json lease_data(const json& lease, const json& record);
// "machine ID <id> lease currently held by <owner>, expires at <time> +0000 UTC", as flyctl
// string-matches it; never contains the nonce.
std::string lease_conflict_message(const json& record, const json& lease);
// True when the request may mutate the machine: no lease is held, or `nonce` is its nonce.
bool lease_permits(const json& record, const std::string& nonce, int64_t now);

}  // namespace raxol::sandbox::fly
