// SourceLocation::to_string, Diagnostic::to_string and the two config_error shapes.
#include "raxol/source_location.h"

#include <catch2/catch.hpp>

using raxol::config_error;
using raxol::config_error_message;
using raxol::Diagnostic;
using raxol::ErrorKind;
using raxol::SourceLocation;

TEST_CASE("source location: file, line and column as far as known", "[config][source_location]") {
  CHECK(SourceLocation{"fly.toml", 12, 5}.to_string() == "fly.toml:12:5");
  CHECK(SourceLocation{"fly.toml", 12, 0}.to_string() == "fly.toml:12");
  CHECK(SourceLocation{"fly.toml", 0, 0}.to_string() == "fly.toml");
  // A column without a line says nothing on its own.
  CHECK(SourceLocation{"fly.toml", 0, 7}.to_string() == "fly.toml");
  CHECK(SourceLocation{"fly.toml", -1, -1}.to_string() == "fly.toml");
  // Relative paths stay as the user wrote them; no file at all is "<input>".
  CHECK(SourceLocation{"./apps/web/fly.toml", 1, 1}.to_string() == "./apps/web/fly.toml:1:1");
  CHECK(SourceLocation{"", 3, 2}.to_string() == "<input>:3:2");
  CHECK(SourceLocation{}.to_string() == "<input>");
}

TEST_CASE("source location: diagnostics read FILE:LINE:COL: warning: KEY: MESSAGE",
          "[config][source_location]") {
  Diagnostic full;
  full.where = SourceLocation{"fly.toml", 3, 1};
  full.key = "bogus";
  full.message = "unknown key, ignored";
  CHECK(full.to_string() == "fly.toml:3:1: warning: bogus: unknown key, ignored");
  Diagnostic keyless;
  keyless.where = SourceLocation{"fly.toml", 3, 0};
  keyless.message = "deprecated form";
  CHECK(keyless.to_string() == "fly.toml:3: warning: deprecated form");
  Diagnostic nowhere;
  nowhere.key = "k";
  nowhere.message = "m";
  CHECK(nowhere.to_string() == "<input>: warning: k: m");
}

TEST_CASE("source location: config_error says expected and found", "[config][source_location]") {
  const auto error =
      config_error({"raxol-deploy.toml", 4, 9}, "targets.web.kind", "a string", "a table");
  CHECK(error.kind == ErrorKind::config);
  CHECK(error.message ==
        "raxol-deploy.toml:4:9: targets.web.kind: expected a string, found a table");
  CHECK(error.notes.empty());
  CHECK(error.http_status == 0);

  const auto keyless = config_error({"w.yml", 1, 1}, "", "a mapping at the top level", "a list");
  CHECK(keyless.message == "w.yml:1:1: expected a mapping at the top level, found a list");
}

TEST_CASE("source location: config_error_message keeps any message", "[config][source_location]") {
  const auto error = config_error_message({"fly.toml", 2, 0}, "app", "must not be empty");
  CHECK(error.kind == ErrorKind::config);
  CHECK(error.message == "fly.toml:2: app: must not be empty");
  CHECK(config_error_message({"bad.yml", 5, 3}, "", "malformed YAML: x").message ==
        "bad.yml:5:3: malformed YAML: x");
  CHECK(config_error_message({}, "", "").message == "<input>: ");
}
