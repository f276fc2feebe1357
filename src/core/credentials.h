// The environment variables whose values are credentials: every kind's own (declared with the
// kind) and the sandbox's. Their values are registered with the Redactor at start-up so that
// nothing we print can contain them.
#pragma once

#include <string>
#include <vector>

namespace raxol {

const std::vector<std::string>& credential_variables();

}  // namespace raxol
