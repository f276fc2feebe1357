// The credential variables come from the kinds' declarations, plus the sandbox token.
#include "core/credentials.h"

#include <catch2/catch.hpp>

#include <algorithm>

using raxol::credential_variables;

TEST_CASE("credentials: every kind's token variables - once and the sandbox's", "[core]") {
  const auto& names = credential_variables();
  for (const char* name : {"FLY_API_TOKEN", "FLY_ACCESS_TOKEN", "CLOUDFLARE_API_TOKEN",
                           "CLOUDFLARE_API_KEY", "GITHUB_TOKEN", "GH_TOKEN", "RAXOL_SANDBOX_TOKEN"}) {
    INFO(name);
    CHECK(std::count(names.begin(), names.end(), name) == 1);
  }
}
