raxol_sources(
  discovery project_file source_location toml_node workflows/deploy_commands workflows/deploy_steps
  workflows/shell_commands workflows/triggers workflows/workflow_loader workflows/yaml_nodes
)
