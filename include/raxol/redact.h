// Secret values and tokens registered here are masked in everything the Ui prints and in
// verbose HTTP logs: a defence in depth behind "never format a secret in the first place".
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace raxol {

class Redactor {
 public:
  // Values shorter than 4 characters are not registered (masking them would garble output).
  void add(std::string secret);
  // `text` with every registered value replaced by "[REDACTED]".
  std::string redact(std::string_view text) const;

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> secrets_;
};

// Masks the credentials of a URL ("https://user:token@host/..." -> "https://***@host/...").
std::string redact_url_credentials(std::string_view url);

}  // namespace raxol
