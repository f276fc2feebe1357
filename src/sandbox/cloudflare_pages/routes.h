// One registration function per group of Cloudflare routes (each in its own *_routes.cpp).
#pragma once

#include "sandbox/cloudflare_pages/pages_call.h"

namespace raxol::sandbox::cloudflare_pages {

// On the API-token router.
void register_account_routes(Router& router);
void register_project_routes(Router& router);
void register_deployment_routes(Router& router);
void register_domain_routes(Router& router);
// On the upload-JWT router.
void register_asset_routes(Router& router);
// On the open router.
void register_site_routes(Router& router);

// Shared by the route files: the project of the path (capture 2) inside update(); nullptr
// after answering 404 with code 8000007.
json* project_or_404(Call& call, json& document);
// `result_info` of a page of `total` items.
json page_info(int page, int per_page, size_t count, size_t total);

}  // namespace raxol::sandbox::cloudflare_pages
