# Cloudflare Pages target tests: asset hashing (BLAKE3 vectors, b3sum), the walk, buckets, the
# upload token and deployment creation rules, custom domains as certificates.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/asset_hash_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/buckets_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/domain_mapping_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/token_source_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/walk_test.cpp
)
