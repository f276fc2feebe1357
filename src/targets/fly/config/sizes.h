// Sizes in fly.toml, read the way flyctl reads them (helpers.ParseSize over docker/go-units): a
// plain integer is already in the target unit; anything else is a human size such as "1gb",
// "512mb", "4G" or "30GB".
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace raxol::fly {

// VM memory in MiB. Suffixes are binary ("1gb" = 1024 MiB, "4G" = 4096). nullopt when malformed.
std::optional<std::int64_t> parse_memory_mib(std::string_view text);

// Volume sizes in GB. Suffixes are decimal ("30gb" = 30, "15Mb" = 0). nullopt when malformed.
std::optional<std::int64_t> parse_volume_gb(std::string_view text);

}  // namespace raxol::fly
