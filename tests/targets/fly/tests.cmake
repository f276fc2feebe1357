# Fly target tests: fly.toml model, loader, validation and conversion, plus the config commands.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/conversion_sections_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/definition_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_test_support.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_toml_errors_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_toml_loader_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/machine_config_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/raxol_fly_toml_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/shlex_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sizes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/special_machines_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/validation_test.cpp
)
