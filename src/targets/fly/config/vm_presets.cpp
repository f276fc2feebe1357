#include "targets/fly/config/vm_presets.h"

namespace raxol::fly {

namespace {

GuestPreset preset(std::string cpu_kind, std::int64_t cpus, std::int64_t memory_mb,
                   std::string gpu_kind = {}) {
  GuestPreset guest;
  guest.cpu_kind = std::move(cpu_kind);
  guest.cpus = cpus;
  guest.memory_mb = memory_mb;
  guest.gpus = gpu_kind.empty() ? 0 : 1;
  guest.gpu_kind = std::move(gpu_kind);
  return guest;
}

}  // namespace

std::optional<GuestPreset> vm_preset(std::string_view size) {
  constexpr std::int64_t kSharedMiBPerCpu = 256;
  constexpr std::int64_t kPerformanceMiBPerCpu = 2048;
  for (std::int64_t cpus : {1, 2, 4, 6, 8})
    if (size == "shared-cpu-" + std::to_string(cpus) + "x")
      return preset("shared", cpus, cpus * kSharedMiBPerCpu);
  for (std::int64_t cpus : {1, 2, 4, 6, 8, 10, 12, 14, 16})
    if (size == "performance-" + std::to_string(cpus) + "x")
      return preset("performance", cpus, cpus * kPerformanceMiBPerCpu);
  constexpr std::int64_t kGpuMiB = 16 * kPerformanceMiBPerCpu;
  if (size == "a100-40gb") return preset("performance", 8, kGpuMiB, "a100-pcie-40gb");
  if (size == "a100-80gb") return preset("performance", 8, kGpuMiB, "a100-sxm4-80gb");
  if (size == "l40s") return preset("performance", 8, kGpuMiB, "l40s");
  if (size == "a10") return preset("performance", 8, kGpuMiB, "a10");
  return std::nullopt;
}

}  // namespace raxol::fly
