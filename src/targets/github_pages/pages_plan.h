// The plan of a github-pages publish: the composed commit (files added/changed/removed, bytes,
// CNAME change) and the Pages site changes, as PlanSteps for people and as JSON for --json.
#pragma once

#include <optional>
#include <string>

#include "raxol/target.h"
#include "targets/github_pages/git/remote.h"
#include "targets/github_pages/pages_settings.h"
#include "targets/github_pages/pages_site.h"
#include "targets/github_pages/publish/publisher.h"

namespace raxol::github_pages {

class PagesPlanDetail : public PlanDetail {
 public:
  PagesSettings settings;
  std::string remote_url;
  PublishSource source;
  PreparedPublish prepared;
  std::optional<SitePlan> site;  // nullopt: the Pages REST API is not used (see rest_note)
  std::string rest_note;
  bool wait = false;  // wait for the build after pushing
  std::string restored;  // a rollback: the publish commit whose tree serves again

  nlohmann::json to_json() const override;
};

// The steps and summary of `detail` (no steps when nothing would change).
Plan make_plan(const std::string& target_name, std::shared_ptr<const PagesPlanDetail> detail);

// "12 added, 3 changed, 1 removed (34.5 kB)".
std::string describe_diff(const TreeDiff& diff, std::uint64_t bytes, bool with_bytes);
std::string short_sha(const std::string& sha);
// Where the destination is served: the site's html_url (or https://owner.github.io/name/) plus
// the destination; "" when the repository is not on GitHub.
std::string site_url(const std::string& html_url, const Remote& remote,
                     const std::string& destination);

}  // namespace raxol::github_pages
