// `sandbox serve`: --listen accepts loopback HOST:PORT only; anything else is refused before a
// socket is opened. (Serving itself runs until interrupted; the emulators are tested in
// tests/sandbox/.)
#include <catch2/catch.hpp>

#include "support/run_binary.h"

using raxol::test::run_binary;
using raxol::test::TempDir;

TEST_CASE("sandbox serve command: a non-loopback address is refused", "[commands][sandbox_serve]") {
  TempDir state;
  for (const char* listen : {"0.0.0.0:8080", "192.168.1.2:80", "example.com:80"}) {
    INFO(listen);
    auto result =
        run_binary({"sandbox", "serve", "--state", state.path().string(), "--listen", listen});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("only listens on loopback") != std::string::npos);
  }
}

TEST_CASE("sandbox serve command: a malformed port is refused", "[commands][sandbox_serve]") {
  TempDir state;
  for (const char* listen :
       {"127.0.0.1:http", "127.0.0.1:70000", "127.0.0.1:-1", "127.0.0.1:80x"}) {
    INFO(listen);
    auto result =
        run_binary({"sandbox", "serve", "--state", state.path().string(), "--listen", listen});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("expected HOST:PORT") != std::string::npos);
  }
  CHECK(std::filesystem::is_empty(state.path()));
}
