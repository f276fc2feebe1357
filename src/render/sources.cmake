# render/: how results look to people (text) and to machines (--json), in one place.
list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/deploy_report.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exit_codes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/facet_results.cpp
  ${CMAKE_CURRENT_LIST_DIR}/history.cpp
  ${CMAKE_CURRENT_LIST_DIR}/results.cpp
  ${CMAKE_CURRENT_LIST_DIR}/show.cpp
  ${CMAKE_CURRENT_LIST_DIR}/table.cpp
)
