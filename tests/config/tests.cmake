list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/discovery_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/project_file_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/source_location_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/toml_node_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflows/deploy_commands_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflows/deploy_steps_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflows/shell_commands_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflows/triggers_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflows/workflow_loader_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflows/yaml_nodes_test.cpp
)
