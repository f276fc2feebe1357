# BLAKE3 has no C library package in Debian. librust-blake3-dev ships the official C
# implementation under /usr/share/cargo/registry/blake3-<version>/c/; compile it from there
# (nothing is copied into this repository).
file(GLOB RAXOL_BLAKE3_CANDIDATES LIST_DIRECTORIES true "/usr/share/cargo/registry/blake3-*/c")
list(SORT RAXOL_BLAKE3_CANDIDATES)
list(REVERSE RAXOL_BLAKE3_CANDIDATES)
list(GET RAXOL_BLAKE3_CANDIDATES 0 RAXOL_BLAKE3_DIR_DEFAULT)
set(RAXOL_BLAKE3_DIR "${RAXOL_BLAKE3_DIR_DEFAULT}" CACHE PATH "Folder holding blake3.c and blake3.h")
if(NOT EXISTS "${RAXOL_BLAKE3_DIR}/blake3.h")
  message(FATAL_ERROR "BLAKE3 C sources not found; install librust-blake3-dev (scripts/setup.sh does)")
endif()
message(STATUS "BLAKE3 C sources: ${RAXOL_BLAKE3_DIR}")

set(_b3 "${RAXOL_BLAKE3_DIR}")
set(RAXOL_BLAKE3_SOURCES ${_b3}/blake3.c ${_b3}/blake3_dispatch.c ${_b3}/blake3_portable.c)
if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
  # The unix assembly files cover SSE2, SSE4.1, AVX2 and AVX-512 with runtime dispatch.
  list(APPEND RAXOL_BLAKE3_SOURCES
    ${_b3}/blake3_sse2_x86-64_unix.S ${_b3}/blake3_sse41_x86-64_unix.S
    ${_b3}/blake3_avx2_x86-64_unix.S ${_b3}/blake3_avx512_x86-64_unix.S)
  set(_b3_defs)
else()
  set(_b3_defs BLAKE3_NO_SSE2 BLAKE3_NO_SSE41 BLAKE3_NO_AVX2 BLAKE3_NO_AVX512)
endif()
add_library(raxol_blake3 STATIC ${RAXOL_BLAKE3_SOURCES})
target_include_directories(raxol_blake3 SYSTEM PUBLIC "${_b3}")
target_compile_definitions(raxol_blake3 PRIVATE ${_b3_defs})
set_target_properties(raxol_blake3 PROPERTIES POSITION_INDEPENDENT_CODE ON)
