# The Cloudflare Pages emulator (v4 API: accounts, projects and their environment variables,
# assets, deployments, custom domains; served sites).
raxol_sources(
  account_routes asset_routes asset_store deployment_routes domain_routes env_vars pages_call
  pages_emulator pages_settings pages_state project_routes site_files site_routes site_rules
  upload_body upload_jwt
)
