#include "render/exit_codes.h"

#include <catch2/catch.hpp>

TEST_CASE("exit codes: one code per kind and the JSON error object", "[render]") {
  using raxol::ErrorKind;
  CHECK(raxol::exit_code_for(raxol::make_error(ErrorKind::usage, "x")) == raxol::kExitUsage);
  CHECK(raxol::exit_code_for(raxol::make_error(ErrorKind::config, "x")) == raxol::kExitUsage);
  CHECK(raxol::exit_code_for(raxol::make_error(ErrorKind::auth, "x")) == raxol::kExitAuth);
  CHECK(raxol::exit_code_for(raxol::make_error(ErrorKind::rolled_back, "x")) ==
        raxol::kExitRolledBack);
  CHECK(raxol::exit_code_for(raxol::make_error(ErrorKind::failed, "x")) == raxol::kExitFailure);
  CHECK(raxol::exit_code_for(raxol::make_error(ErrorKind::build, "x")) == raxol::kExitBuild);
  CHECK(raxol::error_to_json(raxol::make_error(ErrorKind::build, "x"))["kind"] == "build");
  const auto json = raxol::error_to_json(raxol::make_error(ErrorKind::auth, "refused"));
  CHECK(json["kind"] == "auth");
  CHECK(json["message"] == "refused");
  CHECK(json["exit_code"] == 3);
}
