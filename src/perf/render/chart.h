// Inline SVG for the pages: the trend chart of one series (median per run, min–max whisker,
// baseline band, one linked point per run with a tooltip) and the table's sparkline. Shapes
// carry the verdict as well as colours: ● unchanged, ▲ regression, ◆ improvement,
// ○ provisional or new.
#pragma once

#include <string>

#include "perf/render/model.h"

namespace raxol::perf::render {

// `commit_url`: a template with "{sha}" ("https://github.com/o/r/commit/{sha}"); empty means
// points link nowhere.
std::string trend_chart(const Series& series, const std::string& commit_url);

// The last kSparkPoints values as a line, the latest point marked with its verdict's shape.
inline constexpr size_t kSparkPoints = 50;
std::string sparkline(const Series& series);

// The key to the chart, as HTML.
std::string chart_legend();

// The template with {sha} replaced (the sha percent-encoded beyond [0-9A-Za-z]); "" when the
// template is empty.
std::string commit_link(const std::string& commit_url, const std::string& sha);

}  // namespace raxol::perf::render
