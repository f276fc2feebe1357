# Unity batches: a few large translation units instead of one per source. Measured on the
# 2-core machine (docs/architecture.md), nearly all of a build's CPU time is spent compiling
# the same inline and template code (nlohmann/json, fmt, spdlog, libstdc++) again in every
# unit, so the fewer the units, the cheaper the build: the library costs 753 s of CPU in 30
# batches of 8 sources, 255 s in 4 batches, 215 s in one. A few batches keep both cores busy.
#
# Unlike CMake's own UNITY_BUILD, the generated files include the sources by their path below
# the include roots ("targets/fly/fly_kind.cpp"), not by an absolute path, so ccache hits from
# any checkout of the same commit (a clean CI clone included). file(CONFIGURE) rewrites a batch
# only when its content changes, so an unchanged batch is not recompiled.

# The include path of `source` below `root` ("targets/fly/fly_kind.cpp").
function(raxol_unity_relative out root source)
  file(RELATIVE_PATH relative ${root} ${source})
  set(${out} ${relative} PARENT_SCOPE)
endfunction()

# Splits ARGN into `count` runs of neighbouring items of about equal length; sets
# <prefix>_<n> (n from 0) and <prefix>_COUNT in the caller's scope.
function(raxol_unity_split prefix count)
  list(LENGTH ARGN total)
  math(EXPR per_batch "(${total} + ${count} - 1) / ${count}")
  if(per_batch LESS 1)
    set(per_batch 1)
  endif()
  set(index 0)
  set(batch 0)
  set(items)
  foreach(item IN LISTS ARGN)
    list(APPEND items ${item})
    math(EXPR index "${index} + 1")
    if(index EQUAL per_batch)
      set(${prefix}_${batch} ${items} PARENT_SCOPE)
      math(EXPR batch "${batch} + 1")
      set(items)
      set(index 0)
    endif()
  endforeach()
  if(items)
    set(${prefix}_${batch} ${items} PARENT_SCOPE)
    math(EXPR batch "${batch} + 1")
  endif()
  set(${prefix}_COUNT ${batch} PARENT_SCOPE)
endfunction()

# Writes `file`, including each source by its path below `root`.
function(raxol_unity_write_includes file root)
  set(content "")
  foreach(source IN LISTS ARGN)
    raxol_unity_relative(relative ${root} ${source})
    string(APPEND content "#include \"${relative}\"\n")
  endforeach()
  file(CONFIGURE OUTPUT ${file} CONTENT "${content}")
endfunction()

# raxol_unity_batches(OUT NAME COUNT source...): writes build/unity/NAME_<n>.cpp, `count`
# batches that each include a run of neighbouring sources (paths below src/), and sets OUT to
# those files. The sources of the library share one namespace per folder, so they must not
# define the same name twice in anonymous namespaces (the build fails if they do).
function(raxol_unity_batches out name count)
  raxol_unity_split(batch ${count} ${ARGN})
  set(files)
  math(EXPR last "${batch_COUNT} - 1")
  foreach(index RANGE ${last})
    set(file ${CMAKE_BINARY_DIR}/unity/${name}_${index}.cpp)
    raxol_unity_write_includes(${file} ${PROJECT_SOURCE_DIR}/src ${batch_${index}})
    list(APPEND files ${file})
  endforeach()
  set(${out} ${files} PARENT_SCOPE)
endfunction()

# raxol_unity_test_batches(OUT COUNT source...): the same for the tests. Test files are written
# independently of each other and reuse helper names freely (`Site`, `client`...), so each
# *_test.cpp is included inside a namespace of its own, after the headers it includes have been
# included at file scope (all project and library headers are include-once, so the includes
# inside the namespace then add nothing); they fill `count` batches. The other sources (support
# code that other files link against, and tests that open `namespace raxol` or `namespace
# Catch` themselves, which inside a wrapper would become new namespaces) go unwrapped into one
# more batch, so they must not define a name twice in anonymous namespaces. Sources that need
# flags of their own (main.cpp, run_binary.cpp) are left to the caller.
function(raxol_unity_test_batches out count)
  set(wrapped)
  set(plain)
  foreach(source IN LISTS ARGN)
    cmake_path(SET source NORMALIZE "${source}")
    set(reopens)
    if(source MATCHES "_test\\.cpp$")
      file(STRINGS ${source} reopens REGEX "^namespace (raxol|Catch)( |::|{|$)")
    endif()
    if(source MATCHES "_test\\.cpp$" AND NOT reopens)
      list(APPEND wrapped ${source})
    else()
      list(APPEND plain ${source})
    endif()
  endforeach()
  raxol_unity_split(batch ${count} ${wrapped})
  set(files)
  math(EXPR last "${batch_COUNT} - 1")
  foreach(index RANGE ${last})
    set(headers)
    set(bodies "")
    foreach(source IN LISTS batch_${index})
      file(STRINGS ${source} includes REGEX "^#include ")
      foreach(line IN LISTS includes)
        list(FIND headers "${line}" seen)
        if(seen EQUAL -1)
          list(APPEND headers "${line}")
        endif()
      endforeach()
      raxol_unity_relative(relative ${PROJECT_SOURCE_DIR}/tests ${source})
      string(MAKE_C_IDENTIFIER "raxol_unity_${relative}" wrapper)
      string(APPEND bodies "namespace ${wrapper} {\n#include \"${relative}\"\n}  // namespace ${wrapper}\n")
    endforeach()
    list(JOIN headers "\n" content)
    set(file ${CMAKE_BINARY_DIR}/unity/raxol_tests_${index}.cpp)
    file(CONFIGURE OUTPUT ${file} CONTENT "${content}\n\n${bodies}")
    list(APPEND files ${file})
  endforeach()
  if(plain)
    set(file ${CMAKE_BINARY_DIR}/unity/raxol_tests_support.cpp)
    raxol_unity_write_includes(${file} ${PROJECT_SOURCE_DIR}/tests ${plain})
    list(APPEND files ${file})
  endif()
  set(${out} ${files} PARENT_SCOPE)
endfunction()
