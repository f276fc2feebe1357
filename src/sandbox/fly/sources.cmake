# The Fly.io emulator (Machines API, web releases/logs, GraphQL releases).
list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/apps_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/certificates_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_call.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_emulator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_settings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_state.cpp
  ${CMAKE_CURRENT_LIST_DIR}/graphql_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ids.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ip_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lease_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/leases.cpp
  ${CMAKE_CURRENT_LIST_DIR}/logs_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/machine_actions_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/machine_lifecycle.cpp
  ${CMAKE_CURRENT_LIST_DIR}/machine_view.cpp
  ${CMAKE_CURRENT_LIST_DIR}/machines_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/metadata_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/releases.cpp
  ${CMAKE_CURRENT_LIST_DIR}/releases_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secrets_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/volumes_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wait_routes.cpp
)
