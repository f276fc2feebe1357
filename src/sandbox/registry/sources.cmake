# The OCI distribution registry emulator (/v2/ and its token endpoint).
raxol_sources(
  blob_files blob_routes catalog_routes manifest_routes manifests names pagination
  registry_auth registry_call registry_emulator registry_settings registry_state registry_store
  tag_routes token_routes tokens upload_routes uploads
)
