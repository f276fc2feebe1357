list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/config_show.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sandbox_serve.cpp
  ${CMAKE_CURRENT_LIST_DIR}/targets.cpp
  ${CMAKE_CURRENT_LIST_DIR}/version.cpp
)
