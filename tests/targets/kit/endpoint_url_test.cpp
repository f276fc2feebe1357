#include <catch2/catch.hpp>

#include "targets/kit/endpoint_url.h"

using namespace raxol;

TEST_CASE("endpoint_url takes the first set variable and trims trailing slashes", "[kit]") {
  OverlayEnvironment env(nullptr);
  CHECK(endpoint_url(env, {"A_URL", "B_URL"}, "https://api.example.com/") == "https://api.example.com");
  env.set("B_URL", "http://127.0.0.1:9/v4//");
  CHECK(endpoint_url(env, {"A_URL", "B_URL"}, "https://api.example.com") == "http://127.0.0.1:9/v4");
  env.set("A_URL", "http://127.0.0.1:8");
  CHECK(endpoint_url(env, {"A_URL", "B_URL"}, "https://api.example.com") == "http://127.0.0.1:8");
  env.set("A_URL", "");  // empty counts as unset, as the real tools treat it
  CHECK(endpoint_url(env, {"A_URL", "B_URL"}, "x") == "http://127.0.0.1:9/v4");
}
