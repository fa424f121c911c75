# The version both programs and the package carry, stamped at build time:
#   cmake -DSRC=<source dir> -DOUT=<header> -DFALLBACK=<PROJECT_VERSION> -P version.cmake
# A git checkout gives `git describe` (v0.2.0-3-gabc1234-dirty → 0.2.0+3.gabc1234.dirty; with
# no tag yet: 0.1.0+293.gabc1234, the number of commits first); a source tree without git gives
# CMake's project version.
# OUT (a header) and OUT.txt (the bare version, for cpack) are written only when they change,
# so an unchanged version recompiles nothing.
set(version "${FALLBACK}")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${SRC}/.git")
  execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SRC}" describe --tags --match "v[0-9]*" --always --dirty
                  OUTPUT_VARIABLE described OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE rc ERROR_QUIET)
  if(rc EQUAL 0 AND described)
    if(described MATCHES "^v?[0-9]+\\.")
      string(REGEX REPLACE "^v" "" version "${described}")
    else()
      # No release tag yet: the number of commits first, so that a later build is a newer
      # package (apt-get would refuse the "downgrade" to a smaller hash).
      execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SRC}" rev-list --count HEAD
                      OUTPUT_VARIABLE commits OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
      set(version "${FALLBACK}-${commits}-g${described}")
    endif()
  endif()
endif()
# In a Debian version a hyphen starts the package revision: everything after the numbers
# becomes a "+" suffix with dots. (REGEX MATCH, not REPLACE "^…": CMake re-applies ^ at
# every match position.)
string(REGEX MATCH "^[0-9.]*[0-9]" base "${version}")
string(LENGTH "${base}" length)
string(SUBSTRING "${version}" ${length} -1 rest)
string(REGEX REPLACE "^[-+]" "" rest "${rest}")
string(REPLACE "-" "." rest "${rest}")
if(rest)
  set(version "${base}+${rest}")
endif()
file(CONFIGURE OUTPUT "${OUT}" CONTENT "#pragma once\n#define WERKBANK_VERSION \"${version}\"\n")
file(CONFIGURE OUTPUT "${OUT}.txt" CONTENT "${version}")
