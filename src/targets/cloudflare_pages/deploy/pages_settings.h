// The project-file settings of a cloudflare-pages target (docs/configuration.md,
// docs/cloudflare-pages.md).
#pragma once

#include <string>

#include "targets/kit/settings.h"

namespace raxol::cloudflare_pages {

struct PagesSettings {
  std::string project;
  std::string directory;
  std::string production_branch = "main";  // used when the project has to be created
  std::string branch;                      // empty: the production branch
  std::string account_id;
  std::string ignore_file;  // empty: none (wrangler parity)
};

// The checked settings (src/targets/kit/settings.h has already required project and directory).
PagesSettings pages_settings(const Settings& settings);

}  // namespace raxol::cloudflare_pages
