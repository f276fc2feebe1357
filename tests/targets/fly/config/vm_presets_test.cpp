// Fly's named VM sizes: shared and performance CPUs with their memory per CPU, the GPU
// presets, and unknown names.
#include "targets/fly/config/vm_presets.h"

#include <catch2/catch.hpp>

using raxol::fly::vm_preset;

TEST_CASE("fly vm presets: shared / performance and GPU sizes", "[fly][config]") {
  auto shared = vm_preset(raxol::fly::kDefaultVmSize);
  REQUIRE(shared);
  CHECK(shared->cpu_kind == "shared");
  CHECK(shared->cpus == 1);
  CHECK(shared->memory_mb == 256);
  CHECK(shared->gpus == 0);
  auto shared8 = vm_preset("shared-cpu-8x");
  REQUIRE(shared8);
  CHECK(shared8->memory_mb == 2048);
  auto performance = vm_preset("performance-16x");
  REQUIRE(performance);
  CHECK(performance->cpu_kind == "performance");
  CHECK(performance->cpus == 16);
  CHECK(performance->memory_mb == 32768);
  auto gpu = vm_preset("a100-80gb");
  REQUIRE(gpu);
  CHECK(gpu->gpus == 1);
  CHECK(gpu->gpu_kind == "a100-sxm4-80gb");
  CHECK(gpu->cpus == 8);
}

TEST_CASE("fly vm presets: sizes Fly does not offer", "[fly][config]") {
  CHECK_FALSE(vm_preset("shared-cpu-3x"));
  CHECK_FALSE(vm_preset("performance-32x"));
  CHECK_FALSE(vm_preset("Shared-CPU-1x"));
  CHECK_FALSE(vm_preset(""));
}
