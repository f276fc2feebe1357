#include "targets/cloudflare_pages/assets/asset_hash.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "blake3.h"
#include "util/base64.h"

namespace raxol::cloudflare_pages {

namespace {

std::string to_hex(const unsigned char* bytes, size_t size) {
  static const char* digits = "0123456789abcdef";
  std::string hex(size * 2, '0');
  for (size_t i = 0; i < size; ++i) {
    hex[2 * i] = digits[bytes[i] >> 4];
    hex[2 * i + 1] = digits[bytes[i] & 15];
  }
  return hex;
}

std::string finish(blake3_hasher& hasher, std::string_view extension) {
  blake3_hasher_update(&hasher, extension.data(), extension.size());
  unsigned char out[16];
  blake3_hasher_finalize(&hasher, out, sizeof out);
  return to_hex(out, sizeof out);
}

class FileDescriptor {
 public:
  explicit FileDescriptor(const std::filesystem::path& path)
      : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// Fills `buffer` completely unless the file ends first; -1 on a read error.
ssize_t read_full(int fd, unsigned char* buffer, size_t size) {
  size_t filled = 0;
  while (filled < size) {
    ssize_t got = ::read(fd, buffer + filled, size - filled);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return -1;
    if (got == 0) break;
    filled += static_cast<size_t>(got);
  }
  return static_cast<ssize_t>(filled);
}

}  // namespace

std::string blake3_hex(std::string_view input, size_t bytes) {
  blake3_hasher hasher;
  blake3_hasher_init(&hasher);
  blake3_hasher_update(&hasher, input.data(), input.size());
  std::string out(bytes, '\0');
  blake3_hasher_finalize(&hasher, reinterpret_cast<unsigned char*>(out.data()), bytes);
  return to_hex(reinterpret_cast<const unsigned char*>(out.data()), bytes);
}

std::string asset_hash(std::string_view contents, std::string_view extension) {
  std::string encoded;
  base64_append(encoded, contents);
  blake3_hasher hasher;
  blake3_hasher_init(&hasher);
  blake3_hasher_update(&hasher, encoded.data(), encoded.size());
  return finish(hasher, extension);
}

Result<FileHash> hash_file(const std::filesystem::path& path, std::string_view extension,
                           const std::function<void(std::uint64_t)>& on_bytes) {
  FileDescriptor file(path);
  if (file.get() < 0)
    return make_error(ErrorKind::failed, path.string() + ": cannot open: " + std::strerror(errno));
  ::posix_fadvise(file.get(), 0, 0, POSIX_FADV_SEQUENTIAL);
  unsigned char raw[kBase64PieceBytes];
  std::string encoded;
  encoded.reserve(base64_length(kBase64PieceBytes) + 1);
  blake3_hasher hasher;
  blake3_hasher_init(&hasher);
  FileHash result;
  for (;;) {
    ssize_t got = read_full(file.get(), raw, kBase64PieceBytes);
    if (got < 0)
      return make_error(ErrorKind::failed,
                        path.string() + ": read failed: " + std::strerror(errno));
    if (got == 0) break;
    const size_t size = static_cast<size_t>(got);
    encoded.clear();
    base64_append(encoded, std::string_view(reinterpret_cast<const char*>(raw), size));
    blake3_hasher_update(&hasher, encoded.data(), encoded.size());
    result.size += size;
    if (on_bytes) on_bytes(size);
    if (size < kBase64PieceBytes) break;
  }
  result.hash = finish(hasher, extension);
  return result;
}

}  // namespace raxol::cloudflare_pages
