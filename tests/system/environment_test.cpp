// The process environment, OverlayEnvironment's overrides and hiding, and first_of.
#include "raxol/environment.h"

#include <catch2/catch.hpp>
#include <cstdlib>

using namespace raxol;

namespace {
// Sets (or unsets) a variable of this process for one scope, then restores it.
class ScopedVariable {
 public:
  ScopedVariable(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value != nullptr)
      ::setenv(name, value, 1);
    else
      ::unsetenv(name);
  }
  ~ScopedVariable() {
    if (old_)
      ::setenv(name_, old_->c_str(), 1);
    else
      ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};
}  // namespace

TEST_CASE("environment: the process environment, empty values included", "[system][env]") {
  auto env = make_process_environment();
  {
    ScopedVariable set("RAXOL_TEST_ENV_VALUE", "hello world");
    ScopedVariable empty("RAXOL_TEST_ENV_EMPTY", "");
    ScopedVariable unset("RAXOL_TEST_ENV_UNSET", nullptr);
    CHECK(env->get("RAXOL_TEST_ENV_VALUE") == "hello world");
    CHECK(env->get("RAXOL_TEST_ENV_EMPTY") == std::optional<std::string>(""));
    CHECK_FALSE(env->get("RAXOL_TEST_ENV_UNSET"));
    CHECK(env->first_of({"RAXOL_TEST_ENV_UNSET", "RAXOL_TEST_ENV_EMPTY", "RAXOL_TEST_ENV_VALUE"}) ==
          "hello world");
  }
  CHECK_FALSE(env->get("RAXOL_TEST_ENV_VALUE"));
  CHECK_FALSE(env->get(""));
}

TEST_CASE("environment: overrides come first, then the base", "[system][env]") {
  OverlayEnvironment base(nullptr);
  base.set("HOME", "/home/base");
  base.set("TOKEN", "base-token");
  OverlayEnvironment overlay(&base);
  overlay.set("TOKEN", "overlay-token");
  overlay.set("ONLY_OVERLAY", "x");
  CHECK(overlay.get("TOKEN") == "overlay-token");
  CHECK(overlay.get("HOME") == "/home/base");
  CHECK(overlay.get("ONLY_OVERLAY") == "x");
  CHECK_FALSE(overlay.get("MISSING"));
  // The base is untouched.
  CHECK(base.get("TOKEN") == "base-token");
  CHECK_FALSE(base.get("ONLY_OVERLAY"));
  // The last set wins.
  overlay.set("TOKEN", "second");
  CHECK(overlay.get("TOKEN") == "second");
}

TEST_CASE("environment: nullopt hides the base - empty is a value", "[system][env]") {
  OverlayEnvironment base(nullptr);
  base.set("FLY_API_TOKEN", "real-token");
  base.set("FLY_ACCESS_TOKEN", "other-token");
  OverlayEnvironment overlay(&base);
  overlay.set("FLY_API_TOKEN", std::nullopt);
  overlay.set("FLY_ACCESS_TOKEN", "");
  CHECK_FALSE(overlay.get("FLY_API_TOKEN"));
  CHECK(overlay.get("FLY_ACCESS_TOKEN") == std::optional<std::string>(""));
  CHECK_FALSE(overlay.first_of({"FLY_API_TOKEN", "FLY_ACCESS_TOKEN"}));
  // Over the real process environment, too.
  ScopedVariable set("RAXOL_TEST_ENV_HIDDEN", "visible");
  auto process = make_process_environment();
  OverlayEnvironment over_process(process.get());
  CHECK(over_process.get("RAXOL_TEST_ENV_HIDDEN") == "visible");
  over_process.set("RAXOL_TEST_ENV_HIDDEN", std::nullopt);
  CHECK_FALSE(over_process.get("RAXOL_TEST_ENV_HIDDEN"));
}

TEST_CASE("environment: first_of takes the first set, non-empty name in order", "[system][env]") {
  OverlayEnvironment env(nullptr);
  env.set("A", "");
  env.set("B", "bee");
  env.set("C", "sea");
  CHECK(env.first_of({"A", "B", "C"}) == "bee");
  CHECK(env.first_of({"C", "B"}) == "sea");
  CHECK(env.first_of({"UNSET", "A", "C"}) == "sea");
  CHECK_FALSE(env.first_of({"UNSET", "A"}));
  CHECK_FALSE(env.first_of({}));
  // A value of spaces is not empty.
  env.set("SPACES", " ");
  CHECK(env.first_of({"A", "SPACES"}) == " ");
}
