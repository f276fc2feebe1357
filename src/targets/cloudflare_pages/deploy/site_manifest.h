// What identifies a deployment's content: the manifest Cloudflare gets ("/path" -> asset key
// for every file) and a digest of it plus _headers and _redirects, which raxol-deploy records
// locally per deployment to tell, read-only, whether a deployment already serves these files.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "targets/cloudflare_pages/assets/hasher.h"

namespace raxol::cloudflare_pages {

// {"/index.html":"17453d0c...", ...}: forward slashes, not URL-encoded (wrangler's format).
std::string manifest_json(const std::vector<Asset>& assets);

// 32 hex characters; changes when any path, content, _headers or _redirects changes.
std::string site_digest(const std::vector<Asset>& assets, const std::optional<std::string>& headers,
                        const std::optional<std::string>& redirects);

}  // namespace raxol::cloudflare_pages
