#include <catch2/catch.hpp>

#include "util/json_fields.h"

using namespace raxol;

TEST_CASE("json field readers return the field or the fallback, never throw", "[util][json]") {
  const nlohmann::json object = {{"name", "web"}, {"count", 3}, {"ratio", 2.0}, {"half", 2.5},
                                 {"on", true},    {"null", nullptr}};
  CHECK(string_field(object, "name") == "web");
  CHECK(string_field(object, "count", "x") == "x");
  CHECK(string_field(object, "missing") == "");
  CHECK(int_field(object, "count") == 3);
  CHECK(int_field(object, "ratio") == 2);
  CHECK(int_field(object, "half", -1) == -1);
  CHECK(int_field(object, "name", 7) == 7);
  CHECK(bool_field(object, "on"));
  CHECK(bool_field(object, "null", true));
  CHECK(string_field(nlohmann::json::array(), "name", "f") == "f");
  CHECK(int_field(nullptr, "count", 9) == 9);
}
