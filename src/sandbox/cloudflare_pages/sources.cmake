# The Cloudflare Pages emulator (v4 API: accounts, projects and their environment variables,
# assets, deployments, custom domains; served sites).
list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/account_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/asset_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/asset_store.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deployment_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/domain_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/env_vars.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_call.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_emulator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_settings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_state.cpp
  ${CMAKE_CURRENT_LIST_DIR}/project_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/site_files.cpp
  ${CMAKE_CURRENT_LIST_DIR}/site_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/site_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/upload_body.cpp
  ${CMAKE_CURRENT_LIST_DIR}/upload_jwt.cpp
)
