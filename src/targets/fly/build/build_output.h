// A builder's output as the user sees it: each line, prefixed and with secrets masked, on
// stderr as it arrives; the last lines and the last step kept for the error when a build fails.
#pragma once

#include <deque>
#include <string>
#include <string_view>

#include "raxol/redact.h"
#include "raxol/ui.h"

namespace raxol::fly {

class BuildOutput {
 public:
  static constexpr size_t kKeptLines = 20;

  BuildOutput(Ui& ui, const Redactor& redactor, std::string prefix)
      : ui_(ui), redactor_(redactor), prefix_(std::move(prefix)) {}

  // A piece of stdout or stderr (the two are interleaved as they come).
  void add(std::string_view chunk);
  // Shows what is left after the last newline.
  void flush();

  // The last kKeptLines lines, masked.
  const std::deque<std::string>& last_lines() const { return last_; }
  // The last step line ("[2/2] STEP 3/4: COPY ...", "#7 [builder 3/5] RUN ..."), masked.
  const std::string& last_step() const { return step_; }

 private:
  void line(std::string_view text);

  Ui& ui_;
  const Redactor& redactor_;
  std::string prefix_;
  std::string pending_;
  std::deque<std::string> last_;
  std::string step_;
};

// Whether a builder line starts a build step (buildah/podman "STEP n/m:", BuildKit "#n [").
bool is_step_line(std::string_view line);

}  // namespace raxol::fly
