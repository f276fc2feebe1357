#include <algorithm>
#include <cctype>

#include "raxol/http.h"

namespace raxol {

namespace {
bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}
}  // namespace

std::optional<std::string> find_header(const HttpHeaders& headers, std::string_view name) {
  for (const auto& [key, value] : headers)
    if (iequals(key, name)) return value;
  return std::nullopt;
}

std::vector<Result<HttpResponse>> HttpClient::send_all(const std::vector<HttpRequest>& requests,
                                                       int /*max_parallel*/) {
  std::vector<Result<HttpResponse>> results;
  results.reserve(requests.size());
  for (const auto& request : requests) results.push_back(send(request));
  return results;
}

bool HttpRequest::is_idempotent() const {
  if (retry_safe || !idempotency_key.empty()) return true;
  return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" ||
         method == "OPTIONS";
}

}  // namespace raxol
