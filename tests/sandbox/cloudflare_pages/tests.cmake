# Cloudflare Pages emulator tests: the v4 API, JWTs, assets, deployments, rules, served sites,
# project environment variables and custom domains.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/pages_domains_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_emulator_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_env_vars_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/site_rules_test.cpp
)
