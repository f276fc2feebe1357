#include "targets/fly/build/build_output.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "system/terminal_ui.h"

namespace {

struct CapturedUi {
  std::ostringstream out, err;
  std::istringstream in;
  raxol::Redactor redactor;
  std::unique_ptr<raxol::TerminalUi> ui;
  CapturedUi() {
    ui = std::make_unique<raxol::TerminalUi>(raxol::UiOptions{}, out, err, in, redactor);
  }
};

}  // namespace

TEST_CASE("builder output streams prefixed and masked, and its tail is kept", "[build]") {
  CapturedUi captured;
  captured.redactor.add("hunter22");
  raxol::fly::BuildOutput output(*captured.ui, captured.redactor, "  | ");
  output.add("[1/2] STEP 1/3: FROM scratch\n[1/2] STEP 2/3: RUN echo hun");
  output.add("ter22\npartial");
  CHECK(captured.err.str().find("  | [1/2] STEP 1/3: FROM scratch") != std::string::npos);
  CHECK(captured.err.str().find("partial") == std::string::npos);  // not a whole line yet
  output.flush();
  CHECK(captured.err.str().find("hunter22") == std::string::npos);
  CHECK(captured.err.str().find("RUN echo [REDACTED]") != std::string::npos);
  CHECK(output.last_step() == "[1/2] STEP 2/3: RUN echo [REDACTED]");
  for (int i = 0; i < 30; ++i) output.add("line " + std::to_string(i) + "\r\n");
  REQUIRE(output.last_lines().size() == raxol::fly::BuildOutput::kKeptLines);
  CHECK(output.last_lines().front() == "line 10");
  CHECK(output.last_lines().back() == "line 29");
}

TEST_CASE("step lines of buildah podman and BuildKit are recognised", "[build]") {
  CHECK(raxol::fly::is_step_line("STEP 2/2: RUN [\"/bin/false\"]"));
  CHECK(raxol::fly::is_step_line("[2/2] STEP 3/4: COPY --from=base /a /a"));
  CHECK(raxol::fly::is_step_line("#7 [builder 3/5] RUN mix release"));
  CHECK_FALSE(raxol::fly::is_step_line("#7 0.412 compiling"));
  CHECK_FALSE(raxol::fly::is_step_line("Successfully tagged x"));
  CHECK_FALSE(
      raxol::fly::is_step_line("Error: building at STEP \"RUN /bin/false\": exit status 1"));
}
