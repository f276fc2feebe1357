// The Cloudflare Pages emulator: the v4 API's accounts, Pages projects (with their environment
// variables and custom domains), upload tokens, assets, deployments with stages, rollback and
// logs under /client/v4 (the real paths, fields,
// envelope and error codes), plus the deployed sites themselves under /_sandbox/sites/ for
// tests. State: STATE/cloudflare-pages.json and STATE/cloudflare-pages/. Knobs:
// settings["cloudflare-pages"] (pages_settings.h).
#pragma once

#include "sandbox/cloudflare_pages/pages_router.h"
#include "sandbox/emulator.h"

namespace raxol::sandbox::cloudflare_pages {

class PagesEmulator : public Emulator {
 public:
  explicit PagesEmulator(const EmulatorEnvironment& environment);

  std::string name() const override { return "cloudflare-pages"; }
  bool serves(std::string_view path) const override;
  void register_routes(httplib::Server& server) override;
  // CLOUDFLARE_API_BASE_URL (<sandbox>/client/v4), CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID:
  // the variables wrangler reads too.
  void export_environment(std::map<std::string, std::string>& env) const override;
  // Cloudflare's envelope; the code follows the status (8000013 for 401, 8000000 for 5xx...).
  void write_error(httplib::Response& response, int status,
                   const std::string& message) const override;

 private:
  mutable PagesContext context_;
};

}  // namespace raxol::sandbox::cloudflare_pages
