// The project-file settings of a cloudflare-pages target (docs/configuration.md,
// docs/cloudflare-pages.md).
#pragma once

#include <string>

#include "raxol/result.h"
#include "raxol/target_spec.h"

namespace raxol::cloudflare_pages {

struct PagesSettings {
  std::string project;
  std::string directory;
  std::string production_branch = "main";  // used when the project has to be created
  std::string branch;                      // empty: the production branch
  std::string account_id;
  std::string ignore_file;  // empty: none (wrangler parity)
};

// A missing `project` or `directory` is a config error naming the target's source.
Result<PagesSettings> pages_settings(const TargetSpec& spec);

}  // namespace raxol::cloudflare_pages
