list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/curl_http_client_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/http_types_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/logging_http_client_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/retry_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/url_encode_test.cpp
)
