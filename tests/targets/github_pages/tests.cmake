# GitHub Pages target tests, one per source file at its mirrored path (api/, git/, publish/,
# secrets/, domain/): local bare repositories with the real git CLI, and the GitHub emulator on
# loopback with a fake clock (pages_test_support.h).
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/api/github_endpoints_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/pages_client_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/repo_api_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/secrets_client_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/domain/dns_records_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/domain/pages_domain_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/git/git_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/git/remote_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/github_pages_kind_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/github_pages_target_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_facet_ops_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_history_ops_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_plan_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_settings_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_site_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_test_support.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publish/cache_repo_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publish/history_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publish/publisher_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publish/tree_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publish_inputs_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secrets/pages_secrets_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secrets/seal_test.cpp
)
