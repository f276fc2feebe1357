// The request log: entries in memory with bodies, the JSON-lines file without them, clearing,
// and reading a file that several processes appended to.
#include "sandbox/request_log.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace raxol::sandbox;
using nlohmann::json;

namespace {
LoggedRequest entry(const std::string& method, const std::string& path, int status) {
  LoggedRequest logged;
  logged.service = "fly";
  logged.method = method;
  logged.path = path;
  logged.query = "a=1";
  logged.headers = {{"authorization", "Bearer ***"}};
  logged.body = "{\"secret\": \"value\"}";
  logged.status = status;
  logged.time = "2026-01-01T00:00:00Z";
  return logged;
}
}  // namespace

TEST_CASE("request log: bodies stay in memory, the file gets none", "[sandbox][log]") {
  raxol::test::TempDir dir;
  RequestLog log(dir / "requests.jsonl");
  log.add(entry("GET", "/v1/apps", 200));
  auto faulted = entry("POST", "/v1/apps", 503);
  faulted.fault = "status";
  log.add(faulted);

  auto entries = log.entries();
  REQUIRE(entries.size() == 2);
  CHECK(entries[1].body == "{\"secret\": \"value\"}");
  CHECK_FALSE(entries[0].mutating());
  CHECK(entries[1].mutating());
  CHECK(entries[1].to_json(true)["body"] == "{\"secret\": \"value\"}");
  CHECK_FALSE(entries[0].to_json(false).contains("fault"));

  auto lines = read_request_log_file(log.file());
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == json{{"service", "fly"},
                         {"method", "GET"},
                         {"path", "/v1/apps"},
                         {"query", "a=1"},
                         {"status", 200},
                         {"time", "2026-01-01T00:00:00Z"},
                         {"headers", {{"authorization", "Bearer ***"}}}});
  CHECK(lines[1]["fault"] == "status");
  CHECK(raxol::test::read_file(log.file()).find("secret") == std::string::npos);

  log.clear();
  CHECK(log.entries().empty());
  CHECK(read_request_log_file(log.file()).empty());
}

TEST_CASE("request log: the file is shared and damaged lines are skipped", "[sandbox][log]") {
  raxol::test::TempDir dir;
  RequestLog first(dir / "requests.jsonl");
  RequestLog second(dir / "requests.jsonl");
  first.add(entry("GET", "/one", 200));
  second.add(entry("GET", "/two", 404));
  std::string text = raxol::test::read_file(dir / "requests.jsonl");
  raxol::test::write_file(dir / "requests.jsonl", text + "{half a line\n");
  auto lines = read_request_log_file(dir / "requests.jsonl");
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["path"] == "/one");
  CHECK(lines[1]["path"] == "/two");
  CHECK(first.entries().size() == 1);  // memory is per process
  CHECK(read_request_log_file(dir / "absent.jsonl").empty());
  RequestLog memory_only("");
  memory_only.add(entry("GET", "/m", 200));
  CHECK(memory_only.entries().size() == 1);
}
