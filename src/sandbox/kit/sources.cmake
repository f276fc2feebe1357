# The emulators' shared kit: one router, one request type, envelope policies, one settings reader.
raxol_sources(
  call envelope router settings_reader
)
