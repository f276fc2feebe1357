// The facets of the GitHub Pages target: Actions repository secrets and the Pages custom
// domain, built on first use from the target's endpoints, remote and publisher.
#include "targets/github_pages/domain/pages_domain.h"
#include "targets/github_pages/publish/tree.h"
#include "targets/github_pages/pages_target.h"
#include "targets/github_pages/publish_inputs.h"
#include "targets/github_pages/secrets/pages_secrets.h"

namespace raxol::github_pages {

std::optional<Error> GitHubPagesTarget::rest_unavailable() const {
  if (!remote_.on_github())
    return make_error(ErrorKind::unsupported, spec_.name + ": the repository is not on " +
                                                  endpoints_.server_url +
                                                  ": there is no GitHub REST API to use");
  if (endpoints_.token.empty())
    return make_error(
        ErrorKind::auth,
        spec_.name + ": GITHUB_TOKEN (or GH_TOKEN) is not set: the REST API needs it");
  return std::nullopt;
}

SecretsFacet* GitHubPagesTarget::secrets() {
  if (!secrets_) {
    std::unique_ptr<ActionsSecretsClient> client;
    if (!rest_unavailable())
      client = std::make_unique<ActionsSecretsClient>(context_.http, endpoints_, remote_.owner,
                                                      remote_.name);
    secrets_ =
        std::make_unique<PagesSecrets>(context_, spec_.name, std::move(client), rest_unavailable());
  }
  return secrets_.get();
}

CertificatesFacet* GitHubPagesTarget::certificates() {
  if (!domain_)
    domain_ = std::make_unique<PagesDomain>(
        context_, spec_.name, settings_, client_.get(), rest_unavailable(), remote_.owner,
        [this](const std::string& domain, const std::string& message) {
          return publish_cname(domain, message);
        });
  return domain_.get();
}

Result<PushOutcome> GitHubPagesTarget::publish_cname(const std::string& domain,
                                                     const std::string& message) {
  RAXOL_ASSIGN_OR_RETURN(CacheRepo * cache, open_cache());
  PublishSource source;
  source.root_cname = domain;
  source.message = message;
  source.author = resolve_author(settings_, context_);
  RAXOL_ASSIGN_OR_RETURN(auto lock, cache->lock());
  RAXOL_ASSIGN_OR_RETURN(std::string tip, cache->fetch());
  if (tip.empty())
    return make_error(ErrorKind::not_found, settings_.branch + " does not exist in " +
                                                remote_.slug() + " yet (deploy " + spec_.name +
                                                " first)");
  Publisher publisher(*cache, settings_, context_);
  RAXOL_ASSIGN_OR_RETURN(PreparedPublish prepared, publisher.prepare(source, tip, false));
  RAXOL_ASSIGN_OR_RETURN(PushOutcome pushed, publisher.push(source, std::move(prepared)));
  context_.ui.info(spec_.name + ": " +
                   (pushed.unchanged ? settings_.branch + " already has that CNAME; no commit made"
                                     : "pushed " + short_sha(pushed.commit) + " to " +
                                           settings_.branch + " (" + message + ")"));
  return pushed;
}

Result<std::map<std::string, std::string>> GitHubPagesTarget::published_files(
    const std::string& folder) {
  RAXOL_ASSIGN_OR_RETURN(CacheRepo * cache, open_cache());
  RAXOL_ASSIGN_OR_RETURN(auto lock, cache->lock());
  RAXOL_ASSIGN_OR_RETURN(std::string tip, cache->fetch());
  std::map<std::string, std::string> files;
  if (tip.empty()) return files;  // the branch does not exist yet
  std::string path = settings_.destination_dir;
  if (!folder.empty()) path += (path.empty() ? "" : "/") + folder;
  RAXOL_ASSIGN_OR_RETURN(std::string tree, subtree_of(cache->git(), tip, path));
  RAXOL_ASSIGN_OR_RETURN(TreeEntries entries, list_tree(cache->git(), tree));
  for (const auto& [name, entry] : entries) {
    RAXOL_ASSIGN_OR_RETURN(files[name], read_blob(cache->git(), entry.sha));
  }
  return files;
}

}  // namespace raxol::github_pages
