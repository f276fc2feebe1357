#include "render/history.h"

#include <catch2/catch.hpp>

TEST_CASE("history: table and JSON of audit entries", "[render]") {
  raxol::AuditEntry entry;
  entry.time = "2026-01-02T03:04:05Z";
  entry.user = "ada";
  entry.action = "deploy";
  entry.target = "fly";
  entry.result = "deployed";
  entry.release_after = "v1";
  entry.duration_seconds = 2.25;
  const std::string table = raxol::history_table({entry});
  CHECK(table.find("TIME") == 0);
  CHECK(table.find("- -> v1") != std::string::npos);
  CHECK(table.find("2.2s") != std::string::npos);
  const auto json = raxol::history_json({entry}, "/p/.raxol/audit.jsonl");
  CHECK(json["file"] == "/p/.raxol/audit.jsonl");
  CHECK(json["history"][0]["release_after"] == "v1");
}
