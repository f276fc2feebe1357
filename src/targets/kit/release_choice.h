// Which release a rollback returns to, one rule for every kind (docs/commands/rollback.md).
#pragma once

#include <string>
#include <vector>

#include "raxol/result.h"
#include "raxol/target.h"

namespace raxol {

// `releases` newest first. With `to` empty: the newest complete release older than the current
// one. Otherwise the release whose id or version is `to` ("3" also finds "v3"), or whose id
// starts with `to` (4 characters at least, one release only). Refused (ErrorKind::usage): the
// current release, and one that did not complete. Unknown: ErrorKind::not_found, with the
// range of known releases in a note. `subject` names what the releases are of in messages
// (the Fly app, the Pages project), `target` the target in the hint.
Result<Release> choose_rollback_release(const std::vector<Release>& releases,
                                        const std::string& to, const std::string& subject,
                                        const std::string& target);

}  // namespace raxol
