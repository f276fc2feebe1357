// Command splitting with google/shlex's rules, used for [processes] and release_command.
#include "targets/fly/config/shlex.h"

#include <catch2/catch.hpp>

using raxol::fly::shell_split;
using Words = std::vector<std::string>;

TEST_CASE("fly shlex: splits on blanks and honours quotes", "[fly][config][shlex]") {
  CHECK(shell_split("keep me alive").value() == Words{"keep", "me", "alive"});
  CHECK(shell_split("  touch   sky \n").value() == Words{"touch", "sky"});
  CHECK(shell_split("echo 'Hello'").value() == Words{"echo", "Hello"});
  CHECK(shell_split("echo 'bye :('").value() == Words{"echo", "bye :("});
  CHECK(shell_split("sh -c \"a b\"").value() == Words{"sh", "-c", "a b"});
  CHECK(shell_split("a\"b c\"d").value() == Words{"ab cd"});
  CHECK(shell_split("'it''s'").value() == Words{"its"});
  CHECK(shell_split("''").value() == Words{""});
  CHECK(shell_split("").value().empty());
}

TEST_CASE("fly shlex: backslashes escape", "[fly][config][shlex]") {
  CHECK(shell_split("a\\ b c").value() == Words{"a b", "c"});
  CHECK(shell_split("\"say \\\"hi\\\"\"").value() == Words{"say \"hi\""});
  CHECK(shell_split("'no \\ escape'").value() == Words{"no \\ escape"});
}

TEST_CASE("fly shlex: comments start only at a word", "[fly][config][shlex]") {
  CHECK(shell_split("run # the rest").value() == Words{"run"});
  CHECK(shell_split("a#b").value() == Words{"a#b"});
  CHECK(shell_split("# c\nnext line").value() == Words{"next", "line"});
}

TEST_CASE("fly shlex: unterminated input is an error", "[fly][config][shlex]") {
  auto quote = shell_split("echo 'unterminated");
  REQUIRE_FALSE(quote.ok());
  CHECK(quote.error().message == "EOF found when expecting closing quote");
  auto escape = shell_split("echo \\");
  REQUIRE_FALSE(escape.ok());
  CHECK(escape.error().message == "EOF found after escape character");
}
