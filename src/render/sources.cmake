# render/: how results look to people (text) and to machines (--json), in one place.
raxol_sources(
  deploy_report exit_codes facet_results history perf_check results show table
)
