#include "perf/render/pages.h"

#include <set>

#include "perf/render/chart.h"
#include "perf/render/html.h"
#include "perf/render/units.h"
#include "util/file_write.h"

namespace raxol::perf::render {

namespace fs = std::filesystem;

namespace {

std::string badge(const std::string& verdict) {
  return "<span class=\"badge " + escape(verdict) + "\">" + escape(verdict) + "</span>";
}

std::string change_text(const Series& series) {
  const auto change = latest_change(series);
  return change ? format_change(*change) : "–";
}

// The date of the newest run shown: the pages say how fresh they are without a clock, which
// would make every render differ.
std::string newest_date(const std::vector<Benchmark>& benchmarks) {
  std::string newest;
  for (const auto& b : benchmarks)
    for (const auto& s : b.series) newest = std::max(newest, s.points.back().date);
  return newest;
}

std::string row(const Benchmark& benchmark, const Series& series) {
  const SeriesPoint& last = series.points.back();
  return "<tr><td><a href=\"" + escape(benchmark.page) + "\">" + escape(benchmark.name) +
         "</a></td><td>" + escape(series.measure) + "</td><td>" + escape(series.testbed) +
         "</td><td class=\"num\">" + escape(format_value(series.unit, last.value)) +
         "</td><td class=\"num\">" + escape(change_text(series)) + "</td><td>" +
         badge(last.verdict) + "</td><td>" + sparkline(series) + "</td></tr>\n";
}

}  // namespace

std::string index_page(const std::vector<Benchmark>& benchmarks, const PageOptions& options) {
  std::string out = page_start(options.title);
  out += "<h1>" + escape(options.title) + "</h1>\n";
  if (benchmarks.empty()) return out + "<p>No benchmark runs yet.</p>\n" + page_end();
  out += "<p class=\"muted\">" + std::to_string(benchmarks.size()) + " benchmarks; newest run " +
         escape(newest_date(benchmarks)) + ". Change is the latest value against the baseline " +
         "centre; the trend shows the last " + std::to_string(kSparkPoints) + " runs.</p>\n";
  std::string suite;
  bool open = false;
  for (const auto& benchmark : benchmarks) {
    if (!open || benchmark.suite != suite) {
      if (open) out += "</tbody></table></div>\n";
      suite = benchmark.suite;
      open = true;
      out += "<h2>" + escape(suite) + "</h2>\n<div class=\"scroll\"><table><thead><tr>"
             "<th>benchmark</th><th>measure</th><th>testbed</th><th>latest</th><th>change</th>"
             "<th>verdict</th><th>trend</th></tr></thead><tbody>\n";
    }
    for (const auto& series : benchmark.series) out += row(benchmark, series);
  }
  out += "</tbody></table></div>\n";
  return out + page_end();
}

std::string benchmark_page(const Benchmark& benchmark, const PageOptions& options) {
  std::string out = page_start(benchmark.name + " · " + options.title);
  out += "<p><a href=\"../index.html\">← " + escape(options.title) + "</a></p>\n";
  out += "<h1>" + escape(benchmark.name) + "</h1>\n<p class=\"muted\">suite " +
         escape(benchmark.suite) + "</p>\n" + chart_legend();
  for (const auto& series : benchmark.series) {
    const SeriesPoint& last = series.points.back();
    out += "<h2>" + escape(series.measure) + " on " + escape(series.testbed) + "</h2>\n<p>latest " +
           escape(format_value(series.unit, last.value));
    if (last.baseline)
      out += ", baseline " + escape(format_value(series.unit, *last.baseline)) + ", change " +
             escape(change_text(series));
    out += " " + badge(last.verdict) + " <span class=\"muted\">(" +
           std::to_string(series.points.size()) + " runs, " +
           escape(series.direction == Direction::smaller ? "smaller" : "bigger") +
           " is better)</span></p>\n" + trend_chart(series, options.commit_url);
  }
  return out + page_end();
}

Result<size_t> write_dashboard(const fs::path& out, const std::vector<Benchmark>& benchmarks,
                               const PageOptions& options) {
  auto write = [](const fs::path& file, const std::string& text) -> Status {
    if (!write_file_atomically(file, {text}))
      return make_error(ErrorKind::internal, "cannot write " + file.string());
    return {};
  };
  std::set<std::string> written;
  for (const auto& benchmark : benchmarks) {
    RAXOL_TRY(write(out / benchmark.page, benchmark_page(benchmark, options)));
    written.insert(fs::path(benchmark.page).filename().string());
  }
  RAXOL_TRY(write(out / "index.html", index_page(benchmarks, options)));
  std::error_code ec;
  if (fs::exists(out / "b", ec))  // pages of benchmarks no run has any more
    for (const auto& entry : fs::directory_iterator(out / "b", ec))
      if (entry.path().extension() == ".html" && !written.count(entry.path().filename().string()))
        fs::remove(entry.path(), ec);
  return written.size() + 1;
}

}  // namespace raxol::perf::render
