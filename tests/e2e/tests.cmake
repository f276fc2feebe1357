# End-to-end: the real binary against a sandbox started in the test process.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/fly_certs_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_build_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_deploy_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_secrets_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/multi_target_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/perf_publish_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gh_pages_concurrency_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gh_pages_domain_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gh_pages_secrets_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gh_pages_publish_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gh_pages_rollback_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gh_pages_token_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_deploy_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_domains_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_failure_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_rollback_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_secrets_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secret_leak_test.cpp
)
