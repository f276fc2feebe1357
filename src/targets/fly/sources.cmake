# The Fly Machines target: fly.toml model and conversion (config/), the API clients (api/),
# the deploy orchestration (deploy/) and the Target itself.
raxol_sources(
  config/config_file_hooks config/definition config/fly_config config/fly_toml_file config/fly_toml_loader
  config/load_lists config/load_sections config/load_services config/machine_config
  config/machine_json config/merge_machine_config config/process_groups config/shlex
  config/sizes config/special_machines config/toml_reader config/validation config/vm_presets
  api/app_resources_client api/fly_endpoints api/fly_transport api/fly_types
  api/machines_client api/registry_client api/web_client build/build_output
  build/build_resolution build/build_steps build/builder_argv build/builder_choice
  build/image_build build/image_builder build/private_dir deploy/deploy_model deploy/deploy_planner deploy/deployer
  deploy/fly_inputs deploy/lease_set deploy/machine_steps deploy/release_command
  deploy/strategies fly_certificates fly_kind fly_secrets fly_status fly_target
)
