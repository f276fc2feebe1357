#include "sandbox/registry/uploads.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "util/ids.h"

namespace raxol::sandbox::registry {

namespace {

// Only ids start() hands out reach a file name, so no id can point outside the directory.
bool valid_upload_id(const std::string& id) {
  static const std::regex uuid("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  return std::regex_match(id, uuid);
}

std::optional<std::uint64_t> parse_offset(std::string_view text) {
  if (text.empty() || text.size() > 19) return std::nullopt;
  std::uint64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return value;
}

bool write_all(int fd, std::string_view bytes) {
  size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) return false;
    written += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

std::optional<ByteRange> parse_content_range(std::string_view header) {
  for (std::string_view prefix : {"bytes ", "bytes="})
    if (header.substr(0, prefix.size()) == prefix) header.remove_prefix(prefix.size());
  auto dash = header.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  auto first = parse_offset(header.substr(0, dash));
  auto last = parse_offset(header.substr(dash + 1));
  if (!first || !last || *last < *first) return std::nullopt;
  return ByteRange{*first, *last};
}

std::string range_header(std::uint64_t size) {
  return "0-" + std::to_string(size == 0 ? 0 : size - 1);
}

std::string Uploads::start(const std::string& repository) const {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  const std::string id = new_uuid();
  std::ofstream(data_path(id), std::ios::binary | std::ios::trunc);
  std::ofstream(dir_ / (id + ".json"), std::ios::trunc)
      << nlohmann::json{{"repository", repository}}.dump();
  return id;
}

std::optional<UploadStatus> Uploads::find(const std::string& id) const {
  if (!valid_upload_id(id)) return std::nullopt;
  std::ifstream in(dir_ / (id + ".json"));
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  auto meta = nlohmann::json::parse(text.str(), nullptr, false);
  struct stat info {};
  if (!meta.is_object() || !meta["repository"].is_string() ||
      ::stat(data_path(id).c_str(), &info) != 0)
    return std::nullopt;
  return UploadStatus{meta["repository"].get<std::string>(),
                      static_cast<std::uint64_t>(info.st_size)};
}

AppendResult Uploads::append(const std::string& id, const std::optional<ByteRange>& range,
                             std::string_view bytes, std::uint64_t& size) const {
  if (!valid_upload_id(id)) return AppendResult::unknown;
  int fd = ::open(data_path(id).c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd < 0) return AppendResult::unknown;
  ::flock(fd, LOCK_EX);  // two processes appending to one upload take turns
  struct stat info {};
  ::fstat(fd, &info);
  size = static_cast<std::uint64_t>(info.st_size);
  AppendResult result = AppendResult::appended;
  if (range && range->first != size)
    result = AppendResult::out_of_order;
  else if (range && range->last - range->first + 1 != bytes.size())
    result = AppendResult::bad_length;
  else if (!write_all(fd, bytes))
    result = AppendResult::unknown;
  else
    size += bytes.size();
  ::close(fd);  // releases the lock
  return result;
}

void Uploads::remove(const std::string& id) const {
  if (!valid_upload_id(id)) return;
  std::error_code ec;
  std::filesystem::remove(data_path(id), ec);
  std::filesystem::remove(dir_ / (id + ".json"), ec);
}

}  // namespace raxol::sandbox::registry
