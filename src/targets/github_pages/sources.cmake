# The GitHub Pages target: REST clients (api/), the git CLI and remotes (git/), the branch
# publishing machinery (publish/), Actions secrets (secrets/), the custom domain (domain/) and
# the Target itself.
raxol_sources(
  api/github_endpoints api/pages_client api/repo_api api/secrets_client domain/dns_records
  domain/pages_domain git/git git/remote publish/cache_repo publish/history publish/publisher
  publish/tree secrets/pages_secrets secrets/seal github_pages_kind github_pages_target
  pages_facet_ops pages_history_ops pages_plan pages_settings pages_site publish_inputs
)
