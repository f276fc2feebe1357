// Basic credentials and the challenges of both modes.
#include "sandbox/registry/registry_auth.h"

#include <catch2/catch.hpp>

#include "util/base64.h"

using namespace raxol::sandbox::registry;

TEST_CASE("registry auth: the password of Basic credentials", "[sandbox][registry]") {
  CHECK(basic_password("Basic " + raxol::base64_encode("x:tok:en")) == "tok:en");
  CHECK(basic_password("basic " + raxol::base64_encode("anyone:t")) == "t");
  CHECK(basic_password("Basic " + raxol::base64_encode(":t")) == "t");
  CHECK_FALSE(basic_password("Basic " + raxol::base64_encode("no-colon")));
  CHECK_FALSE(basic_password("Basic !!!"));
  CHECK_FALSE(basic_password("Bearer abc"));
  CHECK_FALSE(basic_password(""));
}

TEST_CASE("registry auth: the challenge of each mode", "[sandbox][registry]") {
  RegistrySettings bearer;
  CHECK(challenge(bearer, "http://127.0.0.1:5000", "", false) ==
        R"(Bearer realm="http://127.0.0.1:5000/token",service="127.0.0.1:5000")");
  CHECK(challenge(bearer, "http://127.0.0.1:5000", "repository:a/b:pull", true) ==
        R"(Bearer realm="http://127.0.0.1:5000/token",service="127.0.0.1:5000",)"
        R"(scope="repository:a/b:pull",error="invalid_token")");
  RegistrySettings basic;
  basic.auth = "basic";
  CHECK(challenge(basic, "http://127.0.0.1:5000", "repository:a:pull", false) ==
        R"(Basic realm="127.0.0.1:5000")");
}
