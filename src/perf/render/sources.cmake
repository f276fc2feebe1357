# The dashboard's static pages: the renderer's input (model), each point's verdict and band
# from the regression rule (rule_verdicts), units, the page frame, SVG charts and the pages.
raxol_sources(
  chart html model pages rule_verdicts units
)
