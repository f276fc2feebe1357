// Names the platforms accept, checked locally before anything is sent.
#pragma once

#include <string>

namespace raxol {

// Secret (environment variable) names as every platform accepts them: letters, digits and _,
// not starting with a digit.
bool valid_secret_name(const std::string& name);

}  // namespace raxol
