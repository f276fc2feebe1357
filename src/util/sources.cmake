# util/: small helpers every layer may use (strings, base64, JSON fields, time, glob, ids).
raxol_sources(
  base64 durations glob ids json_fields names option_values parallel strings time_format
)
