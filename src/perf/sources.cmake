# The performance dashboard: the run model (run), and later ingest/, check/, render/, history.
raxol_sources(
  history run
)
include(${CMAKE_CURRENT_LIST_DIR}/render/sources.cmake)
