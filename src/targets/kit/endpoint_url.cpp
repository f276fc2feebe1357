#include "targets/kit/endpoint_url.h"

namespace raxol {

std::string endpoint_url(const Environment& env, std::initializer_list<const char*> variables,
                         const std::string& real_host_url) {
  std::string url = env.first_of(variables).value_or(real_host_url);
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

}  // namespace raxol
