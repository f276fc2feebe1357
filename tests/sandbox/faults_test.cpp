// Fault rules through the injector's API: matching by service, method and path glob, skip and
// times, what a fired rule carries, and rules shared through STATE/faults.json.
#include "sandbox/faults.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace raxol::sandbox;
using nlohmann::json;

TEST_CASE("faults: rules match by service, method and path glob", "[sandbox][faults]") {
  raxol::test::TempDir state;
  FaultInjector faults(state.path());
  CHECK_FALSE(faults.match("fly", "GET", "/v1/apps"));  // no rules yet
  faults.replace(json::array({{{"service", "fly"},
                               {"method", "POST"},
                               {"path", "/v1/apps/*/machines/*"},
                               {"status", 503}}}));
  CHECK(faults.match("fly", "POST", "/v1/apps/web/machines/m1"));
  CHECK_FALSE(faults.match("fly", "GET", "/v1/apps/web/machines/m1"));         // method
  CHECK_FALSE(faults.match("github", "POST", "/v1/apps/web/machines/m1"));     // service
  CHECK_FALSE(faults.match("fly", "POST", "/v1/apps/web/machines/m1/start"));  // `*`: one segment
  CHECK_FALSE(faults.match("fly", "POST", "/v1/apps/web/machines"));

  faults.replace({{"faults", {{{"path", "/v1/**"}, {"status", 500}}}}});
  CHECK(faults.match("anything", "DELETE", "/v1/apps/web/machines/m1/lease"));
  CHECK_FALSE(faults.match("anything", "GET", "/api/v1/apps"));
  faults.replace({{"faults", {{{"path", "/v?/apps"}, {"status", 500}}}}});
  CHECK(faults.match("fly", "GET", "/v1/apps"));
  CHECK_FALSE(faults.match("fly", "GET", "/v12/apps"));
}

TEST_CASE("faults: skip, times and what a fired rule carries", "[sandbox][faults]") {
  raxol::test::TempDir state;
  FaultInjector faults(state.path());
  faults.add({{"path", "/x"}, {"status", 429}, {"retry_after", 2}, {"skip", 1}, {"times", 2}});
  faults.add({{"path", "/x"}, {"drop", true}, {"latency_ms", 30}});
  faults.add({{"path", "/y"},
              {"status", 502},
              {"retry_after", "Wed, 21 Oct 2026 07:28:00 GMT"},
              {"body", {{"message", "custom"}}}});

  // A skipped match lets the request through untouched (no later rule fires for it).
  CHECK_FALSE(faults.match("fly", "GET", "/x"));
  for (int i = 0; i < 2; ++i) {
    auto limited = faults.match("fly", "GET", "/x");
    REQUIRE(limited);
    CHECK(limited->status == 429);
    CHECK(limited->retry_after == "2");  // a number is written as text
    CHECK(limited->body.is_null());      // the service's own envelope
  }
  auto dropped = faults.match("fly", "GET", "/x");  // the first rule is used up
  REQUIRE(dropped);
  CHECK(dropped->drop);
  CHECK(dropped->status == 0);
  CHECK(dropped->latency_ms == 30);
  auto custom = faults.match("fly", "GET", "/y");
  REQUIRE(custom);
  CHECK(custom->retry_after == "Wed, 21 Oct 2026 07:28:00 GMT");
  CHECK(custom->body == json{{"message", "custom"}});

  auto rules = faults.rules()["faults"];
  CHECK(rules[0]["times"] == 0);
  CHECK(rules[0]["skip"] == 0);
  CHECK(rules[0]["fired"] == 2);
  CHECK(rules[1]["fired"] == 1);
}

TEST_CASE("faults: rules live in STATE/faults.json, shared and hand-editable",
          "[sandbox][faults]") {
  raxol::test::TempDir state;
  raxol::test::write_file(state / "faults.json", R"({"faults": [{"path": "/z", "status": 500,
                                                    "times": 1}, "not a rule"]})");
  FaultInjector first(state.path());
  FaultInjector second(state.path());
  CHECK(first.match("fly", "GET", "/z"));
  CHECK_FALSE(second.match("fly", "GET", "/z"));  // the other injector saw the use
  raxol::test::write_file(state / "faults.json", "{broken");
  FaultInjector fresh(state.path());
  CHECK(fresh.rules() == json{{"faults", json::array()}});
  CHECK_FALSE(fresh.match("fly", "GET", "/z"));
}
