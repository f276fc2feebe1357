#include "sandbox/registry/pagination.h"

#include <algorithm>

namespace raxol::sandbox::registry {

std::optional<std::vector<std::string>> page_of(Call& call, const std::vector<std::string>& items,
                                                const std::string& path) {
  const auto n = call.query_int("n", -1);
  if (!n || (call.has_query("n") && *n < 0)) {
    call.fail(400, RegistryCode::unsupported, "n must be a non-negative integer");
    return std::nullopt;
  }
  const std::string last = call.query("last");
  auto from =
      call.has_query("last") ? std::upper_bound(items.begin(), items.end(), last) : items.begin();
  std::vector<std::string> page;
  for (auto it = from; it != items.end(); ++it) {
    if (*n >= 0 && static_cast<std::int64_t>(page.size()) == *n) {
      if (!page.empty())
        call.set_header("Link", "<" + path + "?n=" + std::to_string(*n) + "&last=" + page.back() +
                                    ">; rel=\"next\"");
      break;
    }
    page.push_back(*it);
  }
  return page;
}

}  // namespace raxol::sandbox::registry
