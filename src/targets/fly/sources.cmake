# The Fly Machines target: fly.toml model, loader, validation and machine-config conversion.
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
)
