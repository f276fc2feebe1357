// valid_secret_name: letters, digits and _, not starting with a digit.
#include "util/names.h"

#include <catch2/catch.hpp>

using raxol::valid_secret_name;

TEST_CASE("names: secret names every platform accepts", "[util][names]") {
  for (const char* name :
       {"A", "z", "_", "_PRIVATE", "FLY_API_TOKEN", "database_url", "Key2", "A1_B2_C3", "x9"}) {
    INFO(name);
    CHECK(valid_secret_name(name));
  }
}

TEST_CASE("names: names platforms refuse", "[util][names]") {
  for (const char* name : {"", "1A", "9", "A-B", "A B", " A", "A ", "A.B", "A=B", "$A", "A$", "a/b",
                           "Ä", "naïve", "A\n", "-A", "A:B"}) {
    INFO(name);
    CHECK_FALSE(valid_secret_name(name));
  }
  CHECK_FALSE(valid_secret_name(std::string("AB\0C", 4)));
}
