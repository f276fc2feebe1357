#include <algorithm>

#include "sandbox/github/routes.h"

namespace raxol::sandbox::github {

std::optional<Pagination> read_pagination(const httplib::Request& request) {
  Pagination pagination;
  try {
    if (request.has_param("per_page"))
      pagination.per_page = std::stoi(request.get_param_value("per_page"));
    if (request.has_param("page")) pagination.page = std::stoi(request.get_param_value("page"));
  } catch (const std::exception&) {
    return std::nullopt;
  }
  pagination.per_page = std::clamp(pagination.per_page, 1, 100);
  pagination.page = std::max(pagination.page, 1);
  return pagination;
}

}  // namespace raxol::sandbox::github
