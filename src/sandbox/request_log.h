// Every request the sandbox answered. In memory with bodies (for tests in the same process,
// e.g. validating requests against the OpenAPI spec), and as JSON lines in STATE/requests.jsonl
// without bodies or credential values (so that secret values sent to the emulated platform are
// not copied into a log file).
#pragma once

#include <filesystem>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace raxol::sandbox {

struct LoggedRequest {
  std::string service;
  std::string method;
  std::string path;
  std::string query;  // raw query string without '?'
  nlohmann::json headers = nlohmann::json::object();  // credentials masked
  std::string body;
  int status = 0;
  std::string fault;  // "status", "drop", "latency" when a fault fired
  std::string time;   // RFC 3339

  bool mutating() const { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }
  nlohmann::json to_json(bool with_body) const;
};

class RequestLog {
 public:
  explicit RequestLog(std::filesystem::path file) : file_(std::move(file)) {}
  void add(LoggedRequest entry);
  std::vector<LoggedRequest> entries() const;
  void clear();
  const std::filesystem::path& file() const { return file_; }

 private:
  std::filesystem::path file_;
  mutable std::mutex mutex_;
  std::vector<LoggedRequest> entries_;
};

// Reads STATE/requests.jsonl (all processes that served this state), oldest first.
std::vector<nlohmann::json> read_request_log_file(const std::filesystem::path& file);

}  // namespace raxol::sandbox
