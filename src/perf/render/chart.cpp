#include "perf/render/chart.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "perf/render/html.h"
#include "perf/render/units.h"

namespace raxol::perf::render {

namespace {

// Narrow enough that 15-unit text stays readable when a phone shrinks the chart to ~350 px.
constexpr double kWidth = 480, kHeight = 300;
constexpr double kLeft = 62, kRight = 12, kTop = 14, kBottom = 50;

// 1, 2 or 5 × 10^k: tick steps people read without effort.
double nice_step(double span, int ticks) {
  const double raw = span / ticks;
  const double power = std::pow(10, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0})
    if (raw <= m * power) return m * power;
  return 10 * power;
}

// The verdict's shape centred on (x, y), with its class for colour.
std::string marker(const std::string& verdict, double x, double y, double r) {
  const std::string cls = "class=\"pt " + verdict + "\"";
  if (verdict == kRegression)  // a triangle pointing up
    return "<polygon " + cls + " points=\"" + coord(x) + "," + coord(y - r * 1.3) + " " +
           coord(x - r * 1.2) + "," + coord(y + r) + " " + coord(x + r * 1.2) + "," +
           coord(y + r) + "\"/>";
  if (verdict == kImprovement)  // a diamond
    return "<polygon " + cls + " points=\"" + coord(x) + "," + coord(y - r * 1.3) + " " +
           coord(x + r * 1.3) + "," + coord(y) + " " + coord(x) + "," + coord(y + r * 1.3) + " " +
           coord(x - r * 1.3) + "," + coord(y) + "\"/>";
  return "<circle " + cls + " cx=\"" + coord(x) + "\" cy=\"" + coord(y) + "\" r=\"" + coord(r) +
         "\"/>";
}

std::string tooltip(const Series& series, const SeriesPoint& p) {
  std::string text = p.sha.substr(0, 12) + " · " + p.date + "\n" + format_value(series.unit, p.value);
  text += " (range " + format_value(series.unit, p.min) + " – " + format_value(series.unit, p.max);
  text += ", " + std::to_string(p.repetitions) + (p.repetitions == 1 ? " repetition" : " repetitions");
  text += ")\n" + p.verdict;
  if (p.band_low && p.band_high)
    text += " (band " + format_value(series.unit, *p.band_low) + " – " +
            format_value(series.unit, *p.band_high) + ")";
  if (!p.ref.empty()) text += "\n" + p.ref;
  return "<title>" + escape(text) + "</title>";
}

}  // namespace

std::string commit_link(const std::string& commit_url, const std::string& sha) {
  if (commit_url.empty()) return {};
  std::string encoded;
  for (unsigned char c : sha) {
    if (std::isalnum(c)) {
      encoded += static_cast<char>(c);
    } else {
      static const char* hex = "0123456789ABCDEF";
      encoded += {'%', hex[c >> 4], hex[c & 15]};
    }
  }
  std::string url = commit_url;
  for (size_t at = url.find("{sha}"); at != std::string::npos; at = url.find("{sha}", at + encoded.size()))
    url.replace(at, 5, encoded);
  return url;
}

std::string trend_chart(const Series& series, const std::string& commit_url) {
  const auto& points = series.points;
  double lo = points[0].min, hi = points[0].max;
  for (const auto& p : points) {
    lo = std::min({lo, p.min, p.value, p.band_low.value_or(p.value)});
    hi = std::max({hi, p.max, p.value, p.band_high.value_or(p.value)});
  }
  if (hi - lo <= std::fabs(hi) * 1e-9) lo -= std::max(std::fabs(lo) * 0.05, 1.0), hi += std::max(std::fabs(hi) * 0.05, 1.0);
  const double step = nice_step(hi - lo, 4);
  lo = std::floor(lo / step) * step;
  hi = std::ceil(hi / step) * step;
  const Scale scale = scale_for(series.unit, std::max(std::fabs(lo), std::fabs(hi)));
  const double pw = kWidth - kLeft - kRight, ph = kHeight - kTop - kBottom;
  const size_t n = points.size();
  auto x_of = [&](size_t i) { return n == 1 ? kLeft + pw / 2 : kLeft + pw * i / (n - 1); };
  auto y_of = [&](double v) { return kTop + ph * (hi - v) / (hi - lo); };

  std::string svg = "<svg class=\"chart\" viewBox=\"0 0 " + coord(kWidth) + " " + coord(kHeight) +
                    "\" width=\"100%\" role=\"img\">\n";
  svg += "<title>" + escape(series.measure + " on " + series.testbed) + "</title>\n";
  for (double t = lo; t <= hi + step / 2; t += step) {  // y grid and ticks
    const std::string y = coord(y_of(t));
    svg += "<line class=\"grid\" x1=\"" + coord(kLeft) + "\" x2=\"" + coord(kWidth - kRight) +
           "\" y1=\"" + y + "\" y2=\"" + y + "\"/><text x=\"" + coord(kLeft - 4) + "\" y=\"" + y +
           "\" dy=\"5\" text-anchor=\"end\">" + escape(format_number(t / scale.divisor)) + "</text>\n";
  }
  const size_t x_step = std::max<size_t>(1, static_cast<size_t>(nice_step(std::max<double>(n - 1, 1), 6)));
  for (size_t i = 0; i < n; i += x_step)  // x ticks: run numbers, 1 = oldest
    svg += "<text x=\"" + coord(x_of(i)) + "\" y=\"" + coord(kTop + ph + 20) +
           "\" text-anchor=\"middle\">" + std::to_string(i + 1) + "</text>\n";
  const std::string unit_label = scale.label.empty() ? series.unit : scale.label;
  svg += "<text x=\"" + coord(kLeft + pw / 2) + "\" y=\"" + coord(kHeight - 6) +
         "\" text-anchor=\"middle\">run (oldest → newest)</text>\n";
  svg += "<text transform=\"rotate(-90)\" x=\"" + coord(-(kTop + ph / 2)) +
         "\" y=\"16\" text-anchor=\"middle\">" + escape(series.measure + " (" + unit_label + ")") +
         "</text>\n";

  // The band: one polygon per stretch of consecutive points that have one.
  for (size_t i = 0; i < n;) {
    if (!points[i].band_low) { ++i; continue; }
    size_t end = i;
    while (end < n && points[end].band_low) ++end;
    std::string upper, lower;
    for (size_t j = i; j < end; ++j) upper += coord(x_of(j)) + "," + coord(y_of(*points[j].band_high)) + " ";
    for (size_t j = end; j-- > i;) lower += coord(x_of(j)) + "," + coord(y_of(*points[j].band_low)) + " ";
    if (end - i == 1)  // one point: a short bar, so that it is still visible
      upper = coord(x_of(i) - 3) + "," + coord(y_of(*points[i].band_high)) + " " + coord(x_of(i) + 3) + "," + coord(y_of(*points[i].band_high)) + " ",
      lower = coord(x_of(i) + 3) + "," + coord(y_of(*points[i].band_low)) + " " + coord(x_of(i) - 3) + "," + coord(y_of(*points[i].band_low));
    svg += "<polygon class=\"bandarea\" points=\"" + upper + lower + "\"/>\n";
    i = end;
  }
  std::string line;
  for (size_t i = 0; i < n; ++i) line += coord(x_of(i)) + "," + coord(y_of(points[i].value)) + " ";
  svg += "<polyline class=\"trend\" points=\"" + line + "\"/>\n";
  for (size_t i = 0; i < n; ++i) {
    const auto& p = points[i];
    const std::string url = commit_link(commit_url, p.sha);
    const std::string x = coord(x_of(i));
    svg += url.empty() ? "<g>" : "<a href=\"" + escape(url) + "\">";
    svg += tooltip(series, p);
    if (p.max > p.min)
      svg += "<line class=\"whisker\" x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" + coord(y_of(p.min)) +
             "\" y2=\"" + coord(y_of(p.max)) + "\"/>";
    svg += marker(p.verdict, x_of(i), y_of(p.value), 4);
    svg += url.empty() ? "</g>\n" : "</a>\n";
  }
  return svg + "</svg>\n";
}

std::string sparkline(const Series& series) {
  const auto& points = series.points;
  const size_t first = points.size() > kSparkPoints ? points.size() - kSparkPoints : 0;
  double lo = points[first].value, hi = lo;
  for (size_t i = first; i < points.size(); ++i)
    lo = std::min(lo, points[i].value), hi = std::max(hi, points[i].value);
  const double span = hi > lo ? hi - lo : 1;
  const size_t n = points.size() - first;
  auto x_of = [&](size_t i) { return n == 1 ? 60.0 : 4 + 112.0 * i / (n - 1); };
  auto y_of = [&](double v) { return hi > lo ? 4 + 20 * (hi - v) / span : 14.0; };
  std::string line;
  for (size_t i = 0; i < n; ++i) line += coord(x_of(i)) + "," + coord(y_of(points[first + i].value)) + " ";
  return "<svg viewBox=\"0 0 120 28\" width=\"120\" height=\"28\" aria-hidden=\"true\">"
         "<polyline class=\"spark\" points=\"" + line + "\"/>" +
         marker(points.back().verdict, x_of(n - 1), y_of(points.back().value), 3) + "</svg>";
}

std::string chart_legend() {
  auto item = [](const std::string& svg, const char* label) {
    return "<span><svg viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\">" + svg +
           "</svg> " + label + "</span>";
  };
  std::string out = "<div class=\"legend\">";
  out += item("<polyline class=\"trend\" points=\"1,8 15,8\"/>", "median of repetitions");
  out += item("<line class=\"whisker\" x1=\"8\" x2=\"8\" y1=\"1\" y2=\"15\"/>", "min–max of repetitions");
  out += item("<rect class=\"bandarea\" x=\"1\" y=\"4\" width=\"14\" height=\"8\"/>", "baseline band");
  out += item(marker(kUnchanged, 8, 8, 4), "unchanged");
  out += item(marker(kRegression, 8, 9, 4.5), "regression");
  out += item(marker(kImprovement, 8, 8, 4.5), "improvement");
  out += item(marker(kProvisional, 8, 8, 4), "provisional or new");
  return out + "</div>\n";
}

}  // namespace raxol::perf::render
