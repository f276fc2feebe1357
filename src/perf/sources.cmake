# The performance dashboard: the run model (run), the history folder, the fields of a new run,
# timing one command (perf time), the input formats (ingest/), the regression rule of perf
# check (check/) and the static pages (render/).
raxol_sources(
  history run run_fields timed_command
  ingest/parse_support ingest/benchee ingest/google_benchmark ingest/catch2_xml
  ingest/hyperfine ingest/pytest_benchmark ingest/criterion ingest/bmf ingest/custom
  ingest/formats
  check/rule check/settings
)
include(${CMAKE_CURRENT_LIST_DIR}/render/sources.cmake)
