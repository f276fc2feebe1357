# The GitHub emulator (git smart HTTP through git http-backend, Pages REST, Actions secrets).
raxol_sources(
  actions_secrets git_backend git_routes github_call github_emulator github_settings
  pages_certificate pages_routes pages_state secrets_routes
)
