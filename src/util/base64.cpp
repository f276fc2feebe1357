#include "util/base64.h"

#include <sodium.h>

namespace raxol {

namespace {
int sodium_variant(Base64Alphabet alphabet, bool padded) {
  if (alphabet == Base64Alphabet::url)
    return padded ? sodium_base64_VARIANT_URLSAFE : sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  return padded ? sodium_base64_VARIANT_ORIGINAL : sodium_base64_VARIANT_ORIGINAL_NO_PADDING;
}
}  // namespace

std::string base64_encode(std::string_view bytes, Base64Alphabet alphabet) {
  const int variant = sodium_variant(alphabet, alphabet == Base64Alphabet::standard);
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), variant), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), variant);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

void base64_append(std::string& out, std::string_view bytes) {
  const size_t at = out.size();
  const size_t length = base64_length(bytes.size());
  out.resize(at + length + 1);  // libsodium writes a terminating NUL
  sodium_bin2base64(out.data() + at, length + 1,
                    reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(at + length);
}

std::optional<std::string> base64_decode(std::string_view text, Base64Alphabet alphabet) {
  // libsodium insists on the padding of its variant: strip it and decode unpadded.
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  std::string out(text.size() / 4 * 3 + 3, '\0');
  size_t length = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), nullptr, &length, &end, sodium_variant(alphabet, false)) != 0 ||
      end != text.data() + text.size())
    return std::nullopt;
  out.resize(length);
  return out;
}

}  // namespace raxol
