// Who a publish commit is by and what it says. Author: the `author` setting, else the CI actor
// (GITHUB_ACTOR, as peaceiris/actions-gh-pages does), else the project's git user, else
// raxol-deploy itself. Message: --message, else the `message` setting, else
// "deploy: <source commit>" (--commit-hash, else the project's HEAD, else GITHUB_SHA).
#pragma once

#include <string>

#include "raxol/context.h"
#include "raxol/target.h"
#include "targets/github_pages/pages_settings.h"
#include "targets/github_pages/publish/publisher.h"

namespace raxol::github_pages {

Author resolve_author(const PagesSettings& settings, Context& context);
// The source commit ("" when there is none to name).
std::string resolve_source_commit(const DeployRequest& request, Context& context);
std::string publish_message(const PagesSettings& settings, const DeployRequest& request,
                            const std::string& source_commit);
// The project's origin remote URL ("" when there is none).
std::string origin_url(Context& context);

}  // namespace raxol::github_pages
