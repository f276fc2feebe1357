# The Cloudflare Pages target: the API client (api/), hashing and the folder walk (assets/),
# plan and apply (deploy/), the Target itself and its secrets (environment variables) and
# certificates (custom domains) facets.
list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/api/domains_client.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/pages_client.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/pages_endpoints.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/pages_transport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/pages_types.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/upload_jwt.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assets/asset_hash.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assets/base64.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assets/content_type_table.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assets/content_types.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assets/hasher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assets/ignore_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assets/walk.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/buckets.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/commit_info.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/deploy_cache.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/deployment_steps.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/pages_apply.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/pages_plan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/pages_settings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/site_manifest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/token_source.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/uploader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_domains.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_history.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_secrets.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_kind.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_target.cpp
)
