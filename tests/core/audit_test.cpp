// The audit trail: one JSON line per action with time (the context's clock), user (CI actor,
// else git, else $USER) and CI details, redacted; read back oldest first, skipping junk; a
// write failure only warns.
#include "core/audit.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/pages_test_support.h"
#include "util/time_format.h"

using namespace raxol;
using namespace raxol::test;

namespace {
AuditEntry entry(const std::string& action, const std::string& result) {
  AuditEntry e;
  e.action = action;
  e.target = "web";
  e.kind = "cloudflare-pages";
  e.result = result;
  e.release_before = "a1";
  e.release_after = "b2";
  e.duration_seconds = 1.5;
  return e;
}
}  // namespace

TEST_CASE("audit: entries appended and read back - oldest first", "[core][audit]") {
  ghp::PagesTestContext test;
  TempDir dir;
  test.env().set("RAXOL_AUDIT_LOG", (dir / "audit.jsonl").string());
  test.env().set("GITHUB_ACTOR", "octocat");
  test.env().set("GITHUB_ACTIONS", "true");
  test.env().set("GITHUB_RUN_ID", "42");
  CHECK(audit_log_path(test.context()) == dir / "audit.jsonl");

  record_audit(test.context(), entry("deploy", "deployed"));
  test.clock().advance(std::chrono::seconds(90));
  AuditEntry failed = entry("rollback", "failed");
  failed.error = "boom";
  failed.details = {{"names", {"A"}}};
  record_audit(test.context(), failed);

  auto entries = read_audit(test.context());
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].action == "deploy");
  CHECK(entries[0].user == "github:octocat");
  CHECK(entries[0].release_after == "b2");
  CHECK(entries[0].duration_seconds == 1.5);
  CHECK(entries[0].details["ci"]["GITHUB_RUN_ID"] == "42");
  CHECK(entries[0].time == format_rfc3339(test.clock().now() - std::chrono::seconds(90)));
  CHECK(entries[1].error == "boom");
  CHECK(entries[1].details["names"] == nlohmann::json::array({"A"}));
  CHECK(entries[1].time > entries[0].time);
}

TEST_CASE("audit: secrets redacted - junk lines skipped - no CI details outside Actions",
          "[core][audit]") {
  ghp::PagesTestContext test;
  TempDir dir;
  const auto log = dir / "audit.jsonl";
  test.env().set("RAXOL_AUDIT_LOG", log.string());
  test.env().set("GITHUB_ACTIONS", std::nullopt);
  test.env().set("GITHUB_ACTOR", std::nullopt);
  test.context().redactor.add("s3cret-token");
  AuditEntry leaky = entry("secrets set", "staged");
  leaky.error = "refused s3cret-token";
  record_audit(test.context(), leaky);
  std::string text = read_file(log);
  CHECK(text.find("s3cret-token") == std::string::npos);
  CHECK(text.find("[REDACTED]") != std::string::npos);

  write_file(log, text + "not json\n[1,2]\n{\"action\": 7, \"duration_seconds\": 2}\n");
  auto entries = read_audit(test.context());
  REQUIRE(entries.size() == 2);
  CHECK_FALSE(entries[0].details.contains("ci"));
  CHECK_FALSE(entries[0].user.empty());  // git's user.email, $USER or "unknown"
  CHECK(entries[1].action.empty());       // a wrong type reads as empty
  CHECK(entries[1].duration_seconds == 2);

  AuditEntry round = AuditEntry::from_json(entry("deploy", "deployed").to_json());
  CHECK(round.to_json() == entry("deploy", "deployed").to_json());
  CHECK_FALSE(entry("deploy", "deployed").to_json().contains("error"));
}

TEST_CASE("audit: the default log is .raxol/audit.jsonl of the project - failures warn",
          "[core][audit]") {
  ghp::PagesTestContext test;
  test.env().set("RAXOL_AUDIT_LOG", std::nullopt);
  CHECK(audit_log_path(test.context()) ==
        std::filesystem::current_path() / ".raxol" / "audit.jsonl");
  TempDir dir;
  write_file(dir / "file", "x");
  test.env().set("RAXOL_AUDIT_LOG", (dir / "file" / "audit.jsonl").string());
  record_audit(test.context(), entry("deploy", "deployed"));
  CHECK(test.err().find("could not write the audit log") != std::string::npos);
  CHECK(read_audit(test.context()).empty());
}
