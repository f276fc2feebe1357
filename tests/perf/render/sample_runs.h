// A small history for the renderer's tests: a steady series that ends in a regression, one
// that ends in an improvement, and names that need escaping.
#pragma once

#include <vector>

#include "perf/run.h"

namespace raxol::test {

std::vector<perf::Run> sample_runs(int count = 12);

}  // namespace raxol::test
