# util/: small helpers every layer may use (strings, base64, digests, JSON fields, time, glob,
# ids, libsodium's initialisation).
raxol_sources(
  base64 digest durations file_write glob ids json_fields names option_values parallel sodium strings
  time_format
)
