// Who is deploying, for lease descriptions, release records and the audit trail: the CI actor
// under GitHub Actions, else the git user's email, else the login name.
#pragma once

#include <string>

#include "raxol/context.h"

namespace raxol {

std::string current_user(Context& context);

}  // namespace raxol
