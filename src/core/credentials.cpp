#include "core/credentials.h"

#include "targets/registry.h"

namespace raxol {

const std::vector<std::string>& credential_variables() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const auto& kind : target_kinds())
      all.insert(all.end(), kind.credential_variables.begin(), kind.credential_variables.end());
    all.push_back("RAXOL_SANDBOX_TOKEN");
    return all;
  }();
  return names;
}

}  // namespace raxol
