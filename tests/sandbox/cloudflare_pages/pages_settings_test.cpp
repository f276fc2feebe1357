// The Cloudflare emulator's knobs: defaults, overrides, malformed and empty values kept at
// their default, and branch/domain globs where `*` matches any run of characters.
#include "sandbox/cloudflare_pages/pages_settings.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"
#include "util/glob.h"

using namespace raxol::sandbox;
using namespace raxol::sandbox::cloudflare_pages;

namespace {
PagesEmulatorSettings read(const std::string& text) {
  raxol::test::TempDir dir;
  raxol::test::write_file(dir / "settings.json", text);
  StateFile file(dir / "settings.json", nlohmann::json::object());
  return read_pages_settings(file);
}
}  // namespace

TEST_CASE("pages settings: defaults, overrides and malformed values", "[pages][sandbox]") {
  const auto defaults = read("{}");
  CHECK(defaults.tokens == std::vector<std::string>{"sandbox-cloudflare-token"});
  CHECK(defaults.jwt_ttl_seconds == 600);
  CHECK(defaults.domain_validation_method == "http");
  CHECK(defaults.failing_branches.empty());

  const auto set = read(R"({"cloudflare-pages": {"tokens": "only", "account_id": "acc",
      "jwt_ttl_seconds": -1, "max_file_count_allowed": 30000000000, "expired_jwt_plain_text":
      true, "stage_ms": 60, "failing_branches": ["broken*"], "failing_domains": "*.bad.example",
      "zones": ["example.org", 5]}})");
  CHECK(set.tokens == std::vector<std::string>{"only"});
  CHECK(set.account_id == "acc");
  CHECK(set.jwt_ttl_seconds == -1);
  CHECK(set.max_file_count_allowed == 30'000'000'000);
  CHECK(set.expired_jwt_plain_text);
  CHECK(set.stage_ms == 60);
  CHECK(raxol::glob_matches_any(set.failing_branches, "broken/feature-x"));
  CHECK_FALSE(raxol::glob_matches_any(set.failing_branches, "main"));
  CHECK(raxol::glob_matches_any(set.failing_domains, "www.bad.example"));
  CHECK(set.zones == std::vector<std::string>{"example.org"});

  const auto bad = read(R"({"cloudflare-pages": {"tokens": [], "account_id": "",
      "jwt_secret": 5, "stage_ms": "slow", "domain_validation_method": ""}})");
  CHECK(bad.tokens == defaults.tokens);  // no token at all would lock everyone out
  CHECK(bad.account_id == defaults.account_id);
  CHECK(bad.jwt_secret == defaults.jwt_secret);
  CHECK(bad.stage_ms == 0);
  CHECK(bad.domain_validation_method == "http");
}
