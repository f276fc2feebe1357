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
  bool github_actions = false;  // GITHUB_ACTIONS=true: ::group:: sections, ::error annotations
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
  void begin_group(std::string_view title) override;
  void end_group() override;
  void annotate(std::string_view level, std::string_view message) override;
  bool confirm(std::string_view question) override;
  std::string style(std::string_view text, Style style) const override;

  // Writes one message line to stderr (redacted, under the output lock).
  void write_err_line(std::string_view text);
  const UiOptions& options() const { return options_; }
  // Whether a JSON document has been printed (a command that printed its result, failure
  // included, needs no second document for the error).
  bool printed_json() const { return printed_json_; }
  std::string style_err(std::string_view text, Style style) const;

 private:
  // A GitHub Actions workflow command line: on stdout as GitHub documents, except with --json
  // where stdout holds only the JSON document (the runner reads stderr as well).
  void workflow_command(const std::string& line);

  UiOptions options_;
  std::ostream& out_;
  std::ostream& err_;
  std::istream& in_;
  const Redactor& redactor_;
  std::mutex mutex_;
  bool printed_json_ = false;
};

}  // namespace raxol
