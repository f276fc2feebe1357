// Where a service's API lives: the first of the variables the service's own tools read
// (FLY_API_BASE_URL, GITHUB_API_URL...) or the real host, without trailing slashes so that
// paths join with one "/". The sandbox sets the same variables to its loopback address.
#pragma once

#include <initializer_list>
#include <string>

#include "raxol/environment.h"

namespace raxol {

std::string endpoint_url(const Environment& env, std::initializer_list<const char*> variables,
                         const std::string& real_host_url);

}  // namespace raxol
