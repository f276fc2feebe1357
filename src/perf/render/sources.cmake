# The dashboard's static pages: the renderer's input (model), a stand-in baseline until
# src/perf/check/ exists (interim_baseline), units, the page frame, SVG charts and the pages.
raxol_sources(
  chart html interim_baseline model pages units
)
