# The performance dashboard: the run model (run), the history folder (history), the regression
# rule of perf check (check/), and later ingest/ and render/.
raxol_sources(
  history run
  check/rule check/settings
)
