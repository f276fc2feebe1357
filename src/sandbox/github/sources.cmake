# The GitHub emulator (git smart HTTP through git http-backend, Pages REST, Actions secrets).
list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/actions_secrets.cpp
  ${CMAKE_CURRENT_LIST_DIR}/git_backend.cpp
  ${CMAKE_CURRENT_LIST_DIR}/git_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/github_call.cpp
  ${CMAKE_CURRENT_LIST_DIR}/github_emulator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/github_settings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_certificate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_state.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secrets_routes.cpp
)
