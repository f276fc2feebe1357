// The dashboard's pages: index.html (a status table per suite) and b/<benchmark>.html (a
// trend chart per measure × testbed). Plain HTML and inline SVG: no script, nothing loaded
// from anywhere (the CSP forbids it), and the same input gives the same bytes, so publishing
// unchanged data makes no commit.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "perf/render/model.h"
#include "raxol/result.h"

namespace raxol::perf::render {

struct PageOptions {
  std::string title = "Performance";
  std::string commit_url;  // "https://github.com/o/r/commit/{sha}", or empty for no links
};

std::string index_page(const std::vector<Benchmark>& benchmarks, const PageOptions& options);
std::string benchmark_page(const Benchmark& benchmark, const PageOptions& options);

// Writes OUT/index.html and OUT/b/*.html, and removes pages in OUT/b of benchmarks that are
// gone. Returns how many files it wrote.
Result<size_t> write_dashboard(const std::filesystem::path& out,
                               const std::vector<Benchmark>& benchmarks,
                               const PageOptions& options);

}  // namespace raxol::perf::render
