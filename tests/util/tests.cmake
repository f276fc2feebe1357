list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/base64_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/digest_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/durations_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/enum_names_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/glob_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ids_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/json_fields_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/names_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/option_values_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parallel_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/strings_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/time_format_test.cpp
)
