# The Fly Machines target: fly.toml model and conversion (config/), the API clients (api/),
# the deploy orchestration (deploy/) and the Target itself.
list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/config/definition.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/durations.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/fly_config.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/fly_toml_file.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/fly_toml_loader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/load_lists.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/load_sections.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/load_services.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/machine_config.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/machine_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/merge_machine_config.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/process_groups.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/shlex.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/sizes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/special_machines.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/toml_reader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/validation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config/vm_presets.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/fly_endpoints.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/fly_transport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/fly_types.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/machines_client.cpp
  ${CMAKE_CURRENT_LIST_DIR}/api/web_client.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/deploy_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/deploy_planner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/deployer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/fly_inputs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/lease_set.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/machine_steps.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/release_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy/strategies.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_status.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_target.cpp
)
