list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/discovery.cpp
  ${CMAKE_CURRENT_LIST_DIR}/project_file.cpp
  ${CMAKE_CURRENT_LIST_DIR}/source_location.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflows/deploy_commands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflows/deploy_steps.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflows/shell_commands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflows/triggers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflows/workflow_loader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflows/yaml_nodes.cpp
)
