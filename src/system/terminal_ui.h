// The real Ui: human text or JSON on `out`, messages on `err`. Tests construct it over string
// streams to capture every byte the user would see.
#pragma once

#include <iosfwd>
#include <mutex>

#include "raxol/redact.h"
#include "raxol/ui.h"

namespace raxol {

struct UiOptions {
  bool json = false;
  int verbosity = 0;
  bool color_out = false;    // colour on stdout (a TTY and NO_COLOR unset)
  bool color_err = false;    // colour on stderr
  bool err_is_tty = false;   // redraw progress in place; otherwise plain lines
  bool stdin_is_tty = false;  // confirmations can be asked
};

// Decides colour and TTY flags from the real process state (isatty, NO_COLOR, TERM).
UiOptions detect_ui_options(bool json, int verbosity);

class TerminalUi : public Ui {
 public:
  TerminalUi(UiOptions options, std::ostream& out, std::ostream& err, std::istream& in,
             const Redactor& redactor);

  bool json_mode() const override { return options_.json; }
  int verbosity() const override { return options_.verbosity; }
  bool interactive() const override { return options_.stdin_is_tty; }

  void step(std::string_view text) override;
  void info(std::string_view text) override;
  void success(std::string_view text) override;
  void warn(std::string_view text) override;
  void error(const Error& error) override;
  void debug(std::string_view text) override;
  void print_json(const nlohmann::json& document) override;
  void print_text(std::string_view text) override;
  std::unique_ptr<Progress> start_progress(std::string label, std::string unit) override;
  bool confirm(std::string_view question) override;
  std::string style(std::string_view text, Style style) const override;

  // Writes one message line to stderr (redacted, under the output lock).
  void write_err_line(std::string_view text);
  const UiOptions& options() const { return options_; }
  std::string style_err(std::string_view text, Style style) const;

 private:
  UiOptions options_;
  std::ostream& out_;
  std::ostream& err_;
  std::istream& in_;
  const Redactor& redactor_;
  std::mutex mutex_;
};

}  // namespace raxol
