// A TerminalUi writing into strings, in human or --json mode, for the render/ tests.
#pragma once

#include <sstream>

#include "raxol/redact.h"
#include "system/terminal_ui.h"

namespace raxol::test {

struct CapturedUi {
  explicit CapturedUi(bool json) : ui(options(json), out, err, in, redactor) {}
  static UiOptions options(bool json) {
    UiOptions options;
    options.json = json;
    return options;
  }
  std::ostringstream out, err;
  std::istringstream in;
  Redactor redactor;
  TerminalUi ui;
};

}  // namespace raxol::test
