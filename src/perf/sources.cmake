# The performance dashboard: the run model (run), and later ingest/, check/, render/, history.
raxol_sources(
  history run
)
