// The dashboard in a real browser: Debian's chromium, headless, at a phone's width. It must
// draw something, and request nothing outside the output folder (the netlog lists every URL
// the network stack saw). Skipped with a warning where chromium is not installed.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "perf/history.h"
#include "perf/render/sample_runs.h"
#include "support/run_binary.h"

namespace fs = std::filesystem;

namespace {

const char* kChromium = "/usr/bin/chromium";

// `chromium --headless ... EXTRA file://PAGE`, with its output in LOG; its exit code.
int run_chromium(const fs::path& profile, const std::string& extra, const fs::path& page,
                 const fs::path& log) {
  const std::string command =
      std::string("timeout 90 ") + kChromium +
      " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
      " --disable-background-networking --disable-component-update --disable-sync"
      " --user-data-dir='" + profile.string() + "' " + extra + " 'file://" + page.string() +
      "' >'" + log.string() + "' 2>&1";
  return std::system(command.c_str());
}

}  // namespace

TEST_CASE("perf render browser: chromium draws index.html at 375 px and loads nothing else",
          "[perf][render][browser]") {
  if (!fs::exists(kChromium)) {
    WARN("chromium not installed (apt-get install -y chromium): browser test skipped");
    return;
  }
  raxol::test::TempDir dir;
  for (const auto& run : raxol::test::sample_runs(30))
    REQUIRE(raxol::perf::write_run(dir / "history", run).ok());
  const fs::path out = fs::canonical(dir.path()) / "site";
  const auto rendered = raxol::test::run_binary(
      {"perf", "render", "--history", (dir / "history").string(), "--out", out.string(),
       "--commit-url", "https://github.com/OWNER/REPO/commit/{sha}"});
  INFO(rendered.err);
  REQUIRE(rendered.exit_code == 0);

  const fs::path png = dir / "index.png";
  const fs::path netlog = dir / "netlog.json";
  const int code = run_chromium(dir / "profile",
                                "--screenshot='" + png.string() + "' --window-size=375,900"
                                " --log-net-log='" + netlog.string() + "'",
                                out / "index.html", dir / "chromium.log");
  INFO("chromium exit " << code << ": " << raxol::test::read_file(dir / "chromium.log"));
  REQUIRE(fs::exists(png));
  const std::string image = raxol::test::read_file(png);
  CHECK(image.substr(1, 3) == "PNG");
  CHECK(image.size() > 10000);  // a blank 375×900 page compresses to far less

  REQUIRE(fs::exists(netlog));
  // Chromium's own services (network time, component updates, accounts) still call home in
  // headless mode; their requests have no initiating origin ("not an origin"). Anything the
  // page asks for carries the page's origin ("null" for file://) and must stay in the folder.
  const auto log = nlohmann::json::parse(raxol::test::read_file(netlog), nullptr, false);
  REQUIRE_FALSE(log.is_discarded());
  std::set<std::string> outside;
  size_t requests = 0;
  for (const auto& event : log["events"]) {
    const auto& params = event.value("params", nlohmann::json::object());
    if (!params.contains("url") || !params.contains("initiator")) continue;
    ++requests;
    const std::string url = params["url"].get<std::string>();
    if (params["initiator"] == "not an origin") continue;
    if (url.rfind("file://" + out.string() + "/", 0) != 0) outside.insert(url);
  }
  INFO("netlog: " << requests << " requests");
  for (const auto& seen : outside) UNSCOPED_INFO("the page requested " << seen);
  CHECK(outside.empty());
}
