// What the Machines API shows of a machine record: the Machine schema with events newest
// first and health checks whose status follows the clock.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace raxol::sandbox::fly {

using nlohmann::json;

// The Machine JSON. `summary` leaves out config, events, checks and host_status, as
// `?summary=true` does.
json machine_view(const json& record, int64_t now, bool summary = false);
// The ImageRef of an image reference such as "registry.fly.io/app:deployment-1".
json image_ref_of(const std::string& image);
// The checks the machine's config defines (top-level and per service), with their status.
json check_statuses(const json& record, int64_t now);

}  // namespace raxol::sandbox::fly
