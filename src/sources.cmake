# Explicit source lists, one block per folder. Target and sandbox folders keep their own lists.
list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/cli/app.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cli/command_table.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cli/table.cpp
  ${CMAKE_CURRENT_LIST_DIR}/core/comparison.cpp
  ${CMAKE_CURRENT_LIST_DIR}/core/deploy_all.cpp
  ${CMAKE_CURRENT_LIST_DIR}/core/deploy_order.cpp
  ${CMAKE_CURRENT_LIST_DIR}/core/identity.cpp
  ${CMAKE_CURRENT_LIST_DIR}/core/parallel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/core/project.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cli/exit_codes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/net/curl_http_client.cpp
  ${CMAKE_CURRENT_LIST_DIR}/net/http_types.cpp
  ${CMAKE_CURRENT_LIST_DIR}/net/logging_http_client.cpp
  ${CMAKE_CURRENT_LIST_DIR}/net/retry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/system/environment.cpp
  ${CMAKE_CURRENT_LIST_DIR}/system/local_filesystem.cpp
  ${CMAKE_CURRENT_LIST_DIR}/system/posix_process_runner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/system/redact.cpp
  ${CMAKE_CURRENT_LIST_DIR}/system/signals.cpp
  ${CMAKE_CURRENT_LIST_DIR}/system/system_clock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/system/terminal_ui.cpp
)
include(${CMAKE_CURRENT_LIST_DIR}/commands/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/config/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/targets/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/sandbox/sources.cmake)
