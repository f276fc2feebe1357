#include "targets/cloudflare_pages/deploy/pages_settings.h"

namespace raxol::cloudflare_pages {

PagesSettings pages_settings(const Settings& settings) {
  PagesSettings pages;
  pages.project = settings.text("project");
  pages.directory = settings.text("directory");
  if (settings.has("production_branch")) pages.production_branch = settings.text("production_branch");
  pages.branch = settings.text("branch");
  pages.account_id = settings.text("account_id");
  pages.ignore_file = settings.text("ignore_file");
  return pages;
}

}  // namespace raxol::cloudflare_pages
