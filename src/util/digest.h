// Content digests as OCI images and Docker write them, "<algorithm>:<lower-case hex>", from
// libsodium: sha256 (what every image tool uses) and sha512 (which the distribution spec also
// names). One definition for the Fly emulator's stand-in image digests and the registry
// emulator's content addresses.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace raxol {

// "sha256:<64 hex digits>" of `bytes`.
std::string sha256_digest(std::string_view bytes);
// "<algorithm>:<hex>" of `bytes` for "sha256" or "sha512"; nullopt for another algorithm.
std::optional<std::string> digest_with(std::string_view algorithm, std::string_view bytes);

// A digest computed piece by piece: blob uploads arrive in chunks and are kept in files.
class Digester {
 public:
  // "sha256" or "sha512"; nullopt for any other algorithm.
  static std::optional<Digester> for_algorithm(std::string_view algorithm);
  Digester(Digester&&) noexcept;
  Digester& operator=(Digester&&) noexcept;
  ~Digester();

  void update(std::string_view bytes);
  // "<algorithm>:<hex>" of everything updated so far; the digester is spent afterwards.
  std::string finish();

 private:
  struct State;
  explicit Digester(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// The algorithm of "<algorithm>:<hex>" ("" when there is no ':').
std::string digest_algorithm(std::string_view digest);
// Whether `digest` is a sha256 or sha512 digest: the algorithm, ':', and exactly as many
// lower-case hex digits as the algorithm has.
bool is_supported_digest(std::string_view digest);

}  // namespace raxol
