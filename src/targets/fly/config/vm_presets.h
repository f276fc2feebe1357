// Fly's named VM sizes (fly-go MachinePresets), e.g. shared-cpu-1x = 1 shared CPU + 256 MiB.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "targets/fly/config/fly_config.h"

namespace raxol::fly {

struct GuestPreset {
  std::string cpu_kind;
  std::int64_t cpus = 0;
  std::int64_t memory_mb = 0;
  std::int64_t gpus = 0;
  std::string gpu_kind;
};

inline constexpr std::string_view kDefaultVmSize = "shared-cpu-1x";
inline constexpr std::string_view kDefaultGpuVmSize = "performance-8x";

std::optional<GuestPreset> vm_preset(std::string_view size);

}  // namespace raxol::fly
