# Fly target tests, mirroring src/targets/fly/ (src/targets/fly/config/shlex.cpp <->
# config/shlex_test.cpp), plus the config commands.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/fly_test_support.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/app_resources_client_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/fly_endpoints_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/fly_transport_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/fly_types_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/machines_client_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/web_client_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/definition_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/fly_config_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/fly_toml_file_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/fly_toml_loader_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/load_lists_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/load_sections_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/load_services_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/machine_config_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/machine_json_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/merge_machine_config_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/process_groups_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/shlex_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/sizes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/special_machines_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/toml_reader_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/validation_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/vm_presets_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/deploy_model_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/deploy_planner_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/deployer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/fly_inputs_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/lease_set_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/machine_steps_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/release_command_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/strategies_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../../commands/config_commands_test.cpp
)
