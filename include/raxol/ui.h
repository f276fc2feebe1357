// Everything the user sees. Data goes to stdout (a JSON document with --json, text otherwise);
// messages, warnings and progress go to stderr. Colour only when the stream is a TTY and
// NO_COLOR is unset; progress bars only on a TTY (plain lines otherwise, for CI logs).
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "raxol/result.h"

namespace raxol {

enum class Style { plain, bold, dim, green, yellow, red, cyan };

// Progress of one long piece of work (hashing, uploading, rolling machines).
class Progress {
 public:
  virtual ~Progress() = default;
  // `done` of `total` units (total 0 = unknown); `detail` is a short current-item note.
  virtual void update(std::uint64_t done, std::uint64_t total, std::string_view detail = {}) = 0;
  // Ends the bar/line with a summary ("uploaded 12 files").
  virtual void finish(std::string_view summary) = 0;
};

class Ui {
 public:
  virtual ~Ui() = default;

  virtual bool json_mode() const = 0;
  virtual int verbosity() const = 0;
  // True when a person can answer a question (stdin is a TTY).
  virtual bool interactive() const = 0;

  // Messages (stderr). Human mode only, except warnings and errors which always print.
  virtual void step(std::string_view text) = 0;     // a phase of work: "==> Leasing 2 machines"
  virtual void info(std::string_view text) = 0;     // a plain line
  virtual void success(std::string_view text) = 0;  // a green check line
  virtual void warn(std::string_view text) = 0;
  virtual void error(const Error& error) = 0;
  virtual void debug(std::string_view text) = 0;  // only with -v

  // Data (stdout).
  virtual void print_json(const nlohmann::json& document) = 0;
  virtual void print_text(std::string_view text) = 0;

  virtual std::unique_ptr<Progress> start_progress(std::string label, std::string unit) = 0;

  // A foldable section of the log (a `::group::` under GitHub Actions, a step line elsewhere).
  virtual void begin_group(std::string_view title) = 0;
  virtual void end_group() = 0;

  // A GitHub Actions annotation (`::error::`, `::warning::`; `level` is "error" or "warning")
  // under GitHub Actions; nothing elsewhere, where the same finding is already in the output.
  // Not pure: only the terminal Ui knows the workflow-command syntax.
  virtual void annotate(std::string_view /*level*/, std::string_view /*message*/) {}

  // Asks a yes/no question; false when not interactive.
  virtual bool confirm(std::string_view question) = 0;

  // `text` wrapped in the style's colour codes when colour is on for stdout.
  virtual std::string style(std::string_view text, Style style) const = 0;
};

}  // namespace raxol
