# Cloudflare Pages target tests, one per source file at its mirrored path (assets/, api/,
# deploy/), against the Pages emulator on loopback with a fake clock (pages_test_support.h).
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/api/domains_client_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/pages_client_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/pages_endpoints_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/pages_transport_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/pages_types_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/upload_jwt_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assets/asset_hash_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assets/content_types_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assets/hasher_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assets/ignore_rules_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assets/walk_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/buckets_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/commit_info_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/deploy_cache_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/deployment_steps_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/pages_apply_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/pages_plan_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/pages_settings_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/site_manifest_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/token_source_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/uploader_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_domains_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_history_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_kind_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_secrets_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_target_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_test_support.cpp
)
