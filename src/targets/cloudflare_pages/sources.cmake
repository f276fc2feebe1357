# The Cloudflare Pages target: the API client (api/), hashing and the folder walk (assets/),
# plan and apply (deploy/), the Target itself and its secrets (environment variables) and
# certificates (custom domains) facets.
raxol_sources(
  api/domains_client api/pages_client api/pages_endpoints api/pages_transport api/pages_types
  api/upload_jwt assets/asset_hash assets/content_type_table assets/content_types
  assets/hasher assets/ignore_rules assets/walk deploy/buckets deploy/commit_info
  deploy/deploy_cache deploy/deployment_steps deploy/pages_apply deploy/pages_plan
  deploy/pages_settings deploy/site_manifest deploy/token_source deploy/uploader pages_domains
  pages_history pages_secrets pages_kind pages_target
)
