#include "system/terminal_ui.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

namespace raxol {

UiOptions detect_ui_options(bool json, int verbosity) {
  UiOptions options;
  options.json = json;
  options.verbosity = verbosity;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  bool colour_allowed = (no_color == nullptr || *no_color == '\0') &&
                        !(term != nullptr && std::string_view(term) == "dumb");
  options.color_out = colour_allowed && isatty(STDOUT_FILENO) == 1;
  options.err_is_tty = isatty(STDERR_FILENO) == 1;
  options.color_err = colour_allowed && options.err_is_tty;
  options.stdin_is_tty = isatty(STDIN_FILENO) == 1;
  return options;
}

namespace {

const char* ansi_code(Style style) {
  switch (style) {
    case Style::bold: return "\033[1m";
    case Style::dim: return "\033[2m";
    case Style::green: return "\033[32m";
    case Style::yellow: return "\033[33m";
    case Style::red: return "\033[31m";
    case Style::cyan: return "\033[36m";
    case Style::plain: break;
  }
  return "";
}

std::string apply_style(std::string_view text, Style style, bool enabled) {
  if (!enabled || style == Style::plain) return std::string(text);
  return std::string(ansi_code(style)) + std::string(text) + "\033[0m";
}

std::string human_bytes(std::uint64_t bytes) {
  const char* units[] = {"B", "KiB", "MiB", "GiB"};
  double value = static_cast<double>(bytes);
  int unit = 0;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    ++unit;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, unit == 0 ? "%.0f %s" : "%.1f %s", value, units[unit]);
  return buffer;
}

// A progress line: redrawn in place on a TTY (at most ~10 times a second), otherwise printed
// only when finished so that CI logs are not flooded.
class LineProgress : public Progress {
 public:
  LineProgress(TerminalUi& ui, std::string label, std::string unit)
      : ui_(ui), label_(std::move(label)), unit_(std::move(unit)) {}

  void update(std::uint64_t done, std::uint64_t total, std::string_view detail) override {
    if (!ui_.options().err_is_tty || ui_.json_mode()) return;
    auto now = std::chrono::steady_clock::now();
    if (done != total && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    std::string amount = unit_ == "bytes" ? human_bytes(done) : std::to_string(done);
    if (total > 0)
      amount += "/" + (unit_ == "bytes" ? human_bytes(total) : std::to_string(total));
    if (unit_ != "bytes" && !unit_.empty()) amount += " " + unit_;
    std::string line = "\r\033[2K" + ui_.style_err("  " + label_, Style::dim) + " " + amount;
    if (total > 0) line += " (" + std::to_string(done * 100 / total) + "%)";
    if (!detail.empty()) line += " " + std::string(detail.substr(0, 60));
    ui_.write_err_line(line + "\r");
    drawn_ = true;
  }

  void finish(std::string_view summary) override {
    if (finished_) return;
    finished_ = true;
    if (drawn_) ui_.write_err_line("\r\033[2K\r");
    if (!summary.empty()) ui_.info("  " + label_ + ": " + std::string(summary));
  }

  ~LineProgress() override { finish({}); }

 private:
  TerminalUi& ui_;
  std::string label_;
  std::string unit_;
  std::chrono::steady_clock::time_point last_draw_{};
  bool drawn_ = false;
  bool finished_ = false;
};

}  // namespace

TerminalUi::TerminalUi(UiOptions options, std::ostream& out, std::ostream& err, std::istream& in,
                       const Redactor& redactor)
    : options_(options), out_(out), err_(err), in_(in), redactor_(redactor) {}

std::string TerminalUi::style(std::string_view text, Style style) const {
  return apply_style(text, style, options_.color_out);
}

std::string TerminalUi::style_err(std::string_view text, Style style) const {
  return apply_style(text, style, options_.color_err);
}

void TerminalUi::write_err_line(std::string_view text) {
  std::lock_guard lock(mutex_);
  std::string clean = redactor_.redact(text);
  err_ << clean;
  if (clean.empty() || (clean.back() != '\n' && clean.back() != '\r')) err_ << '\n';
  err_.flush();
}

void TerminalUi::step(std::string_view text) {
  write_err_line(style_err("==> ", Style::cyan) + style_err(text, Style::bold));
}

void TerminalUi::info(std::string_view text) { write_err_line(text); }

void TerminalUi::success(std::string_view text) {
  write_err_line(style_err("✓ ", Style::green) + std::string(text));
}

void TerminalUi::warn(std::string_view text) {
  write_err_line(style_err("warning: ", Style::yellow) + std::string(text));
}

namespace {

// Escapes a workflow command's data (GitHub: %, CR and LF) and property values (also : and ,).
std::string escape_workflow(std::string_view text, bool property) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

// "::error file=F,line=L,col=C::message" for a "FILE:LINE[:COL]: message" configuration error.
std::string error_annotation(const Error& error) {
  std::string message = error.message;
  for (const auto& note : error.notes) message += "\n" + note;
  if (error.kind == ErrorKind::config) {
    // FILE:LINE:COL: ... (the file may not contain ':' for this to apply)
    auto first = error.message.find(':');
    auto second = first == std::string::npos ? first : error.message.find(':', first + 1);
    if (second != std::string::npos) {
      std::string file = error.message.substr(0, first);
      std::string line = error.message.substr(first + 1, second - first - 1);
      std::string rest = error.message.substr(second + 1);
      std::string col;
      auto third = rest.find(':');
      if (third != std::string::npos && third > 0 &&
          rest.find_first_not_of("0123456789") == third) {
        col = rest.substr(0, third);
        rest = rest.substr(third + 1);
      }
      bool numeric = !line.empty() && line.find_first_not_of("0123456789") == std::string::npos;
      if (numeric && !file.empty()) {
        std::string props = "file=" + escape_workflow(file, true) + ",line=" + line;
        if (!col.empty()) props += ",col=" + col;
        return "::error " + props + "::" + escape_workflow(message, false);
      }
    }
  }
  return "::error::" + escape_workflow(message, false);
}

}  // namespace

void TerminalUi::workflow_command(const std::string& line) {
  std::lock_guard lock(mutex_);
  std::ostream& stream = options_.json ? err_ : out_;
  stream << redactor_.redact(line) << '\n';
  stream.flush();
}

void TerminalUi::error(const Error& error) {
  std::string text = style_err("error: ", Style::red) + error.message;
  for (const auto& note : error.notes) text += "\n  " + note;
  write_err_line(text);
  if (options_.github_actions) workflow_command(error_annotation(error));
}

void TerminalUi::begin_group(std::string_view title) {
  if (options_.github_actions) workflow_command("::group::" + escape_workflow(title, false));
  else step(title);
}

void TerminalUi::annotate(std::string_view level, std::string_view message) {
  if (options_.github_actions)
    workflow_command("::" + std::string(level) + "::" + escape_workflow(message, false));
}

void TerminalUi::end_group() {
  if (options_.github_actions) workflow_command("::endgroup::");
}

void TerminalUi::debug(std::string_view text) {
  if (options_.verbosity < 1) return;
  write_err_line(style_err("debug: " + std::string(text), Style::dim));
}

void TerminalUi::print_json(const nlohmann::json& document) {
  std::lock_guard lock(mutex_);
  printed_json_ = true;
  out_ << redactor_.redact(document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace))
       << '\n';
  out_.flush();
}

void TerminalUi::print_text(std::string_view text) {
  std::lock_guard lock(mutex_);
  out_ << redactor_.redact(text);
  if (!text.empty() && text.back() != '\n') out_ << '\n';
  out_.flush();
}

std::unique_ptr<Progress> TerminalUi::start_progress(std::string label, std::string unit) {
  return std::make_unique<LineProgress>(*this, std::move(label), std::move(unit));
}

bool TerminalUi::confirm(std::string_view question) {
  if (!options_.stdin_is_tty) return false;
  write_err_line(std::string(question) + " [y/N] ");
  std::string answer;
  if (!std::getline(in_, answer)) return false;
  return answer == "y" || answer == "Y" || answer == "yes";
}

}  // namespace raxol
