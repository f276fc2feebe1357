# The GitHub Pages target: REST clients (api/), the git CLI and remotes (git/), the branch
# publishing machinery (publish/), Actions secrets (secrets/), the custom domain (domain/) and
# the Target itself.
list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/api/github_endpoints.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/pages_client.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/repo_api.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/secrets_client.cpp
  ${CMAKE_CURRENT_LIST_DIR}/domain/dns_records.cpp
  ${CMAKE_CURRENT_LIST_DIR}/domain/pages_domain.cpp
  ${CMAKE_CURRENT_LIST_DIR}/git/git.cpp
  ${CMAKE_CURRENT_LIST_DIR}/git/remote.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publish/cache_repo.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publish/history.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publish/publisher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publish/tree.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secrets/pages_secrets.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secrets/seal.cpp
  ${CMAKE_CURRENT_LIST_DIR}/github_pages_kind.cpp
  ${CMAKE_CURRENT_LIST_DIR}/github_pages_target.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_facet_ops.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_history_ops.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_plan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_settings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_site.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publish_inputs.cpp
)
