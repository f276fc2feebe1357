#include "sandbox/request_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <fstream>

namespace raxol::sandbox {

nlohmann::json LoggedRequest::to_json(bool with_body) const {
  nlohmann::json json = {{"service", service}, {"method", method}, {"path", path},
                         {"query", query},     {"status", status}, {"time", time},
                         {"headers", headers}};
  if (!fault.empty()) json["fault"] = fault;
  if (with_body) json["body"] = body;
  return json;
}

void RequestLog::add(LoggedRequest entry) {
  std::string line = entry.to_json(false).dump() + "\n";
  {
    std::lock_guard lock(mutex_);
    entries_.push_back(std::move(entry));
  }
  if (file_.empty()) return;
  int fd = ::open(file_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return;
  ssize_t written = ::write(fd, line.data(), line.size());  // one write keeps lines whole
  (void)written;
  ::close(fd);
}

std::vector<LoggedRequest> RequestLog::entries() const {
  std::lock_guard lock(mutex_);
  return entries_;
}

void RequestLog::clear() {
  std::lock_guard lock(mutex_);
  entries_.clear();
  if (!file_.empty()) {
    std::error_code ec;
    std::filesystem::remove(file_, ec);
  }
}

std::vector<nlohmann::json> read_request_log_file(const std::filesystem::path& file) {
  std::vector<nlohmann::json> entries;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    auto entry = nlohmann::json::parse(line, nullptr, false);
    if (!entry.is_discarded()) entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace raxol::sandbox
