#include "targets/fly/build/build_output.h"

#include <cctype>

namespace raxol::fly {

bool is_step_line(std::string_view line) {
  // buildah/podman: "STEP 2/4: ..." or, in a multi-stage build, "[1/2] STEP 2/4: ...". Not
  // "Error: building at STEP ...", which quotes the step that failed.
  std::string_view rest = line;
  if (rest.starts_with("[")) {
    auto close = rest.find("] ");
    if (close != std::string_view::npos) rest.remove_prefix(close + 2);
  }
  if (rest.starts_with("STEP ")) return true;
  if (line.size() < 3 || line[0] != '#' || !std::isdigit(static_cast<unsigned char>(line[1])))
    return false;
  auto space = line.find(' ');
  return space != std::string_view::npos && space + 1 < line.size() && line[space + 1] == '[';
}

void BuildOutput::add(std::string_view chunk) {
  pending_.append(chunk);
  size_t start = 0;
  for (size_t newline; (newline = pending_.find_first_of("\r\n", start)) != std::string::npos;
       start = newline + 1)
    line(std::string_view(pending_).substr(start, newline - start));
  pending_.erase(0, start);
}

void BuildOutput::flush() {
  if (!pending_.empty()) line(pending_);
  pending_.clear();
}

void BuildOutput::line(std::string_view text) {
  if (text.find_first_not_of(" \t") == std::string_view::npos) return;
  std::string masked = redactor_.redact(text);
  if (is_step_line(masked)) step_ = masked;
  ui_.info(prefix_ + masked);
  last_.push_back(std::move(masked));
  if (last_.size() > kKeptLines) last_.pop_front();
}

}  // namespace raxol::fly
