// Blob uploads in progress, as files under STATE/registry/uploads/ so that every process
// serving the state directory can continue one: <id> holds the bytes received so far and
// <id>.json the repository the upload belongs to. A chunk is appended under a lock on the
// data file, after checking that it starts where the upload ends.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace raxol::sandbox::registry {

// "first-last" of a Content-Range header, both inclusive.
struct ByteRange {
  std::uint64_t first = 0;
  std::uint64_t last = 0;
};
// The range of a chunk's Content-Range: "0-99" as the spec writes it, or with the "bytes "
// or "bytes=" prefix some clients add. nullopt when it is malformed or last < first.
std::optional<ByteRange> parse_content_range(std::string_view header);
// The Range header of an upload holding `size` bytes: "0-<size-1>", and "0-0" when it is
// empty, as the reference registry writes it and clients expect.
std::string range_header(std::uint64_t size);

struct UploadStatus {
  std::string repository;
  std::uint64_t size = 0;
};

enum class AppendResult { appended, unknown, out_of_order, bad_length };

class Uploads {
 public:
  explicit Uploads(std::filesystem::path dir) : dir_(std::move(dir)) {}

  // Starts an empty upload into `repository`; returns its id (a UUID).
  std::string start(const std::string& repository) const;
  // The upload's repository and size; nullopt for an unknown (or malformed) id.
  std::optional<UploadStatus> find(const std::string& id) const;
  // Appends `bytes`. With a `range`, its first byte must be the upload's size (else
  // out_of_order) and its length that of `bytes` (else bad_length). `size` is the upload's
  // size afterwards (or as it stays).
  AppendResult append(const std::string& id, const std::optional<ByteRange>& range,
                      std::string_view bytes, std::uint64_t& size) const;
  std::filesystem::path data_path(const std::string& id) const { return dir_ / id; }
  // Forgets the upload (cancelled, or committed after its data file was moved away).
  void remove(const std::string& id) const;

 private:
  std::filesystem::path dir_;
};

}  // namespace raxol::sandbox::registry
