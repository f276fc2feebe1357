// render_table: upper-case headers, columns two spaces apart, widths in code points, no
// trailing spaces.
#include "render/table.h"

#include <catch2/catch.hpp>

using raxol::render_table;

TEST_CASE("table: header in upper case and columns aligned two spaces apart", "[render][table]") {
  const std::string text = render_table({"id", "state"}, {{"m1", "started"}, {"machine2", "x"}});
  CHECK(text ==
        "ID        STATE\n"
        "m1        started\n"
        "machine2  x\n");
}

TEST_CASE("table: widths count UTF-8 code points not bytes", "[render][table]") {
  const std::string text = render_table({"a", "b"}, {{"v1 → v2", "x"}, {"abcdefg", "y"}});
  CHECK(text ==
        "A        B\n"
        "v1 → v2  x\n"
        "abcdefg  y\n");
}

TEST_CASE("table: short rows are padded and extra cells dropped", "[render][table]") {
  const std::string text = render_table({"one", "two", "three"}, {{"1"}, {"1", "2", "3", "4"}});
  CHECK(text ==
        "ONE  TWO  THREE\n"
        "1\n"
        "1    2    3\n");
  CHECK(text.find(" \n") == std::string::npos);
}

TEST_CASE("table: no rows prints the header only", "[render][table]") {
  CHECK(render_table({"target", "url"}, {}) == "TARGET  URL\n");
}
