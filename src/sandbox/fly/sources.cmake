# The Fly.io emulator (Machines API, web releases/logs, GraphQL releases).
raxol_sources(
  apps_routes certificates_routes fly_call fly_emulator fly_settings fly_state graphql_routes
  ids ip_routes lease_routes leases logs_routes machine_actions_routes machine_lifecycle
  machine_view machines_routes metadata_routes releases releases_routes sandbox_images
  secrets_routes volumes_routes wait_routes
)
