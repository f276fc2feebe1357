// A GitHub Pages custom domain: checking what the user typed, and the DNS records GitHub's docs
// ask for. An apex domain points at GitHub's four A and four AAAA addresses; a subdomain is a
// CNAME to <owner>.github.io.
#pragma once

#include <string>
#include <vector>

#include "raxol/facets.h"
#include "raxol/result.h"

namespace raxol::github_pages {

// "Docs.Example.com." -> "docs.example.com"; a usage error for URLs, ports, bad labels,
// single-label names and github.io names (GitHub does not accept those as custom domains).
Result<std::string> parse_custom_domain(const std::string& input);

// Two labels ("example.com"), or three under a common two-level suffix ("example.co.uk").
// Without the public suffix list this is a best guess; the records say which rule applied.
bool is_apex_domain(const std::string& domain);

std::vector<DnsRecord> pages_dns_records(const std::string& domain, const std::string& owner);

}  // namespace raxol::github_pages
