#include "perf/render/html.h"

namespace raxol::perf::render {

namespace {

// Colours as custom properties so that the dark scheme is one override; point shapes carry
// the verdict too, so colour is never the only signal.
constexpr const char* kStyle = R"(
:root{--bg:#fff;--fg:#1b1f24;--muted:#59636e;--grid:#d8dee4;--line:#0969da;--band:#0969da22;
--bad:#cf222e;--good:#1a7f37;--warn:#9a6700;--chip:#eaeef2}
@media (prefers-color-scheme: dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;
--grid:#30363d;--line:#4493f8;--band:#4493f833;--bad:#f85149;--good:#3fb950;--warn:#d29922;
--chip:#262c36}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1100px;padding:12px;background:var(--bg);color:var(--fg);
font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif}
a{color:var(--line)}
h1{font-size:1.4em;margin:.3em 0}h2{font-size:1.15em;margin:1.2em 0 .4em}
.muted{color:var(--muted)}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;min-width:560px}
th,td{padding:6px 8px;border-bottom:1px solid var(--grid);text-align:left;white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:.85em;
background:var(--chip)}
.badge.regression{background:var(--bad);color:#fff}.badge.improvement{background:var(--good);color:#fff}
.badge.provisional,.badge.new{color:var(--warn)}
svg{display:block}svg.chart{width:100%;max-width:760px;height:auto}
svg text{fill:var(--muted);font-size:15px}
.grid{stroke:var(--grid);stroke-width:1}
.trend,.spark{fill:none;stroke:var(--line);stroke-width:1.5}
.bandarea{fill:var(--band);stroke:none}
.whisker{stroke:var(--muted);stroke-width:1}
.pt{fill:var(--line);stroke:var(--bg);stroke-width:1}
.pt.regression{fill:var(--bad)}.pt.improvement{fill:var(--good)}
.pt.provisional,.pt.new{fill:var(--bg);stroke:var(--line);stroke-width:1.5}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.9em;margin:.4em 0}
.legend svg{display:inline-block;vertical-align:middle}
)";

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string page_start(std::string_view title) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"";
  out += kContentSecurityPolicy;
  out += "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"color-scheme\" content=\"light dark\">\n";
  out += "<title>" + escape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  return out;
}

std::string page_end() { return "</body>\n</html>\n"; }

}  // namespace raxol::perf::render
