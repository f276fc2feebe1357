# The emulators' shared kit: one router, one request type, envelope policies, one settings reader.
list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/call.cpp
  ${CMAKE_CURRENT_LIST_DIR}/envelope.cpp
  ${CMAKE_CURRENT_LIST_DIR}/router.cpp
  ${CMAKE_CURRENT_LIST_DIR}/settings_reader.cpp
)
