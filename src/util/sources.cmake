# util/: small helpers every layer may use (strings, base64, JSON fields, time, glob, ids).
list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/base64.cpp
  ${CMAKE_CURRENT_LIST_DIR}/durations.cpp
  ${CMAKE_CURRENT_LIST_DIR}/glob.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ids.cpp
  ${CMAKE_CURRENT_LIST_DIR}/json_fields.cpp
  ${CMAKE_CURRENT_LIST_DIR}/names.cpp
  ${CMAKE_CURRENT_LIST_DIR}/option_values.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parallel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/strings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/time_format.cpp
)
