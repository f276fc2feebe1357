// The github-pages target's CertificatesFacet: the Pages site's one custom domain. Adding it
// commits a CNAME file to the published branch (through the target's publisher: one ordinary
// commit on the tip, re-applied when someone else pushes first) and sets the site's cname;
// GitHub then provisions the certificate, which show/check report. Once it is approved and the
// target's settings ask for https_enforced, check turns "Enforce HTTPS" on.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "raxol/context.h"
#include "raxol/facets.h"
#include "targets/github_pages/api/pages_client.h"
#include "targets/github_pages/pages_settings.h"
#include "targets/github_pages/publish/publisher.h"

namespace raxol::github_pages {

// Commits the branch's root CNAME as `domain` ("" removes it) with `message`.
using CommitCname =
    std::function<Result<PushOutcome>(const std::string& domain, const std::string& message)>;

class PagesDomain : public CertificatesFacet {
 public:
  // `client` null: no REST API (`unavailable` is the error saying why). `owner`: the
  // repository's owner.
  PagesDomain(Context& context, std::string target, const PagesSettings& settings,
              PagesClient* client, std::optional<Error> unavailable, std::string owner,
              CommitCname commit_cname);

  Result<CertificateInfo> add_certificate(const std::string& hostname) override;
  Result<CertificateInfo> show_certificate(const std::string& hostname) override;
  Result<CertificateInfo> check_certificate(const std::string& hostname) override;
  Result<std::vector<CertificateInfo>> list_certificates() override;
  Status remove_certificate(const std::string& hostname) override;

 private:
  Result<PagesClient*> usable();
  // The Pages site (not_found when Pages is not enabled).
  Result<PagesSite> site(PagesClient& client);
  // The site, checked to have `domain` as its custom domain.
  Result<PagesSite> site_with(PagesClient& client, const std::string& domain);
  // A cname setting in the project file would undo add/remove at the next deploy.
  Status check_setting_allows(const std::string& domain, bool removing);
  CertificateInfo describe(const PagesSite& site, const std::string& domain) const;

  Context& context_;
  std::string target_;
  const PagesSettings& settings_;
  PagesClient* client_;
  std::optional<Error> unavailable_;
  std::string owner_;
  CommitCname commit_cname_;
};

// The facet's status word for a Pages certificate state: "issued" (approved/issued), "failed"
// (errored, bad_authz, authorization_revoked), "pending" (none yet), else GitHub's word.
std::string certificate_status(const PagesCertificate& certificate);

}  // namespace raxol::github_pages
