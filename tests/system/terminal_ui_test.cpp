#include "system/terminal_ui.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace raxol;

TEST_CASE("ui: data on stdout, messages on stderr, no colour when off", "[system][ui]") {
  std::ostringstream out, err;
  std::istringstream in;
  Redactor redactor;
  TerminalUi ui(UiOptions{}, out, err, in, redactor);
  ui.print_text("data");
  ui.step("working");
  ui.warn("careful");
  ui.error(make_error(ErrorKind::config, "bad").with_note("hint"));
  CHECK(out.str() == "data\n");
  CHECK(err.str() == "==> working\nwarning: careful\nerror: bad\n  hint\n");
  CHECK(err.str().find('\033') == std::string::npos);
}

TEST_CASE("ui: colour codes only when enabled", "[system][ui]") {
  std::ostringstream out, err;
  std::istringstream in;
  Redactor redactor;
  UiOptions options;
  options.color_out = true;
  options.color_err = true;
  TerminalUi ui(options, out, err, in, redactor);
  ui.warn("x");
  CHECK(err.str().find("\033[33m") != std::string::npos);
  CHECK(ui.style("ok", Style::green) == "\033[32mok\033[0m");
}

TEST_CASE("ui: registered secrets never reach either stream", "[system][ui]") {
  std::ostringstream out, err;
  std::istringstream in;
  Redactor redactor;
  redactor.add("s3cr3t-value");
  UiOptions options;
  options.verbosity = 2;
  TerminalUi ui(options, out, err, in, redactor);
  ui.print_json({{"token", "s3cr3t-value"}});
  ui.info("using s3cr3t-value");
  ui.debug("header s3cr3t-value");
  CHECK(out.str().find("s3cr3t-value") == std::string::npos);
  CHECK(err.str().find("s3cr3t-value") == std::string::npos);
  CHECK(out.str().find("[REDACTED]") != std::string::npos);
}

TEST_CASE("ui: debug only with -v - confirm is false without a TTY", "[system][ui]") {
  std::ostringstream out, err;
  std::istringstream in("y\n");
  Redactor redactor;
  TerminalUi quiet(UiOptions{}, out, err, in, redactor);
  quiet.debug("hidden");
  CHECK(err.str().empty());
  CHECK_FALSE(quiet.confirm("really?"));

  UiOptions tty;
  tty.stdin_is_tty = true;
  TerminalUi asking(tty, out, err, in, redactor);
  CHECK(asking.confirm("really?"));
}

TEST_CASE("ui: progress prints a summary line and no redraws off a TTY", "[system][ui]") {
  std::ostringstream out, err;
  std::istringstream in;
  Redactor redactor;
  TerminalUi ui(UiOptions{}, out, err, in, redactor);
  {
    auto progress = ui.start_progress("hashing", "files");
    progress->update(1, 2);
    progress->update(2, 2);
    progress->finish("2 files");
  }
  CHECK(err.str() == "  hashing: 2 files\n");
}
