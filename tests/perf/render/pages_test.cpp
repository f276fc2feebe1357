#include <catch2/catch.hpp>

#include <regex>

#include "perf/history.h"
#include "perf/render/html.h"
#include "perf/render/rule_verdicts.h"
#include "perf/render/pages.h"
#include "perf/render/sample_runs.h"
#include "support/run_binary.h"

using namespace raxol::perf::render;

namespace {

std::vector<Benchmark> judged() {
  const auto runs = raxol::test::sample_runs();
  auto benchmarks = dashboard_input(runs);
  apply_rule_verdicts(benchmarks, runs, raxol::perf::PerfSettings{});
  return benchmarks;
}

const PageOptions kOptions{"Raxol <perf>", "https://github.com/OWNER/REPO/commit/{sha}"};

// Every http:// or https:// in `html` that is not the value of an <a href="...">.
std::vector<std::string> stray_urls(const std::string& html) {
  std::vector<std::string> stray;
  const std::regex url("https?://");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), url); it != std::sregex_iterator(); ++it) {
    const auto at = static_cast<size_t>(it->position());
    const size_t tag = html.rfind('<', at);
    const std::string before = html.substr(tag, at - tag);
    if (!std::regex_match(before, std::regex("<a href=\"")))
      stray.push_back(html.substr(tag, at - tag + 40));
  }
  return stray;
}

}  // namespace

TEST_CASE("perf render pages: names and values are escaped", "[perf][render]") {
  CHECK(escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  const auto benchmarks = judged();
  const std::string index = index_page(benchmarks, kOptions);
  const std::string page = benchmark_page(benchmarks[0], kOptions);
  for (const auto& html : {index, page}) {
    CHECK(html.find("<ansi>") == std::string::npos);
    CHECK(html.find("<core>") == std::string::npos);
    CHECK(html.find("<perf>") == std::string::npos);
  }
  CHECK(index.find("parse/&lt;ansi&gt; &amp; &quot;quotes&quot;") != std::string::npos);
  CHECK(index.find("<title>Raxol &lt;perf&gt;</title>") != std::string::npos);
}

TEST_CASE("perf render pages: no script and nothing to load but commit links", "[perf][render]") {
  const auto benchmarks = judged();
  const std::string meta = std::string("<meta http-equiv=\"Content-Security-Policy\" content=\"") +
                           kContentSecurityPolicy + "\">";
  CHECK(std::string(kContentSecurityPolicy) ==
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:");
  std::vector<std::string> pages = {index_page(benchmarks, kOptions)};
  for (const auto& b : benchmarks) pages.push_back(benchmark_page(b, kOptions));
  for (const auto& html : pages) {
    CHECK(html.find(meta) != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("prefers-color-scheme: dark") != std::string::npos);
    CHECK(html.find("name=\"viewport\"") != std::string::npos);
    CHECK(stray_urls(html).empty());
  }
  CHECK(pages[1].find("<a href=\"https://github.com/OWNER/REPO/commit/" + std::string(38, 'a') + "11\">") !=
        std::string::npos);
  PageOptions no_links = kOptions;
  no_links.commit_url.clear();
  CHECK(benchmark_page(benchmarks[0], no_links).find("https://") == std::string::npos);
}

TEST_CASE("perf render pages: regressions and improvements have their own shapes", "[perf][render]") {
  const auto benchmarks = judged();
  const std::string time = benchmark_page(benchmarks[0], kOptions);
  const std::string ips = benchmark_page(benchmarks[1], kOptions);
  // One regression point in the chart (a triangle) plus the legend's.
  CHECK(std::regex_search(time, std::regex("<polygon class=\"pt regression\" points=\"[0-9., ]+\"/></a>")));
  CHECK(time.find("<circle class=\"pt regression\"") == std::string::npos);
  CHECK(std::regex_search(ips, std::regex("<polygon class=\"pt improvement\" points=\"([0-9.]+,[0-9.]+ ){3}[0-9.]+,[0-9.]+\"/></a>")));
  CHECK(time.find("<circle class=\"pt unchanged\"") != std::string::npos);
  CHECK(time.find("class=\"bandarea\"") != std::string::npos);
  CHECK(time.find("class=\"whisker\"") != std::string::npos);
  CHECK(time.find("viewBox=\"0 0 480.0 300.0\" width=\"100%\"") != std::string::npos);
  CHECK(time.find(">time (µs)</text>") != std::string::npos);
  CHECK(time.find("3 repetitions") != std::string::npos);
}

TEST_CASE("perf render pages: the same input gives the same bytes", "[perf][render]") {
  raxol::test::TempDir dir;
  const auto runs = raxol::test::sample_runs();
  for (const auto& run : runs) REQUIRE(raxol::perf::write_run(dir / "history", run).ok());
  for (const auto* out : {"one", "two"}) {
    const auto result = raxol::test::run_binary(
        {"perf", "render", "--history", (dir / "history").string(), "--out", (dir / out).string(),
         "--commit-url", "https://example.test/c/{sha}"});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
  }
  const auto benchmarks = judged();
  CHECK(raxol::test::read_file(dir / "one" / "index.html") == raxol::test::read_file(dir / "two" / "index.html"));
  CHECK(raxol::test::read_file(dir / "one" / "index.html") ==
        index_page(benchmarks, {"Performance", "https://example.test/c/{sha}"}));
  for (const auto& b : benchmarks)
    CHECK(raxol::test::read_file(dir / "one" / b.page) == raxol::test::read_file(dir / "two" / b.page));
  CHECK(std::filesystem::exists(dir / "history" / "data" / "manifest.json"));
}

TEST_CASE("perf render command: a commit URL must be http(s)", "[perf][render]") {
  raxol::test::TempDir dir;
  const auto result = raxol::test::run_binary(
      {"perf", "render", "--history", (dir / "h").string(), "--out", (dir / "o").string(),
       "--commit-url", "javascript:alert(1)//{sha}"});
  CHECK(result.exit_code != 0);
  CHECK(result.err.find("--commit-url") != std::string::npos);
}
