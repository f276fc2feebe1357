#include "targets/github_pages/domain/dns_records.h"

#include <algorithm>
#include <set>

namespace raxol::github_pages {

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::vector<std::string> labels_of(const std::string& domain) {
  std::vector<std::string> labels;
  size_t start = 0;
  while (true) {
    size_t dot = domain.find('.', start);
    labels.push_back(
        domain.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) return labels;
    start = dot + 1;
  }
}

bool valid_label(const std::string& label) {
  if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
    return false;
  return std::all_of(label.begin(), label.end(),
                     [](unsigned char c) { return std::isalnum(c) || c == '-'; });
}

// GitHub Pages' addresses (docs: "Managing a custom domain for your GitHub Pages site").
const std::vector<std::string> kIpv4 = {"185.199.108.153", "185.199.109.153", "185.199.110.153",
                                        "185.199.111.153"};
const std::vector<std::string> kIpv6 = {"2606:50c0:8000::153", "2606:50c0:8001::153",
                                        "2606:50c0:8002::153", "2606:50c0:8003::153"};

}  // namespace

Result<std::string> parse_custom_domain(const std::string& input) {
  std::string domain = lower(input);
  if (!domain.empty() && domain.back() == '.') domain.pop_back();
  auto bad = [&](const std::string& why) {
    return make_error(ErrorKind::usage, "'" + input + "' is not a custom domain: " + why);
  };
  if (domain.find("://") != std::string::npos || domain.find('/') != std::string::npos)
    return bad("give the host name only (docs.example.com), not a URL");
  if (domain.find(':') != std::string::npos) return bad("no port: GitHub Pages serves 80 and 443");
  if (domain.size() > 253) return bad("longer than 253 characters");
  auto labels = labels_of(domain);
  if (labels.size() < 2) return bad("it needs at least two labels (example.com)");
  for (const auto& label : labels)
    if (!valid_label(label)) return bad("labels are letters, digits and inner hyphens");
  const std::string github_io = ".github.io";
  if (domain == "github.io" ||
      (domain.size() > github_io.size() &&
       domain.compare(domain.size() - github_io.size(), github_io.size(), github_io) == 0))
    return bad("github.io names are GitHub's own; the site already has one");
  return domain;
}

bool is_apex_domain(const std::string& domain) {
  static const std::set<std::string> kTwoLevelSuffixes = {
      "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.nz",
      "co.jp", "ne.jp",  "or.jp", "com.br", "co.in",  "co.za",  "com.cn", "com.mx"};
  auto labels = labels_of(domain);
  if (labels.size() == 2) return true;
  return labels.size() == 3 && kTwoLevelSuffixes.count(labels[1] + "." + labels[2]) != 0;
}

std::vector<DnsRecord> pages_dns_records(const std::string& domain, const std::string& owner) {
  std::vector<DnsRecord> records;
  if (!is_apex_domain(domain)) {
    records.push_back({"CNAME", domain, lower(owner) + ".github.io", "traffic"});
    return records;
  }
  for (const auto& address : kIpv4) records.push_back({"A", domain, address, "traffic"});
  for (const auto& address : kIpv6) records.push_back({"AAAA", domain, address, "traffic"});
  return records;
}

}  // namespace raxol::github_pages
