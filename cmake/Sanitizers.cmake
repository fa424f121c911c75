# -DWERKBANK_SANITIZE=address,undefined (or thread) builds every target with
# those sanitizers. ./scripts/test --sanitize uses its own build folder; the
# runtime options and suppressions (Debian's Qt, libssh and OpenSSL are not
# instrumented) live in tests/sanitizers/.
set(WERKBANK_SANITIZE "" CACHE STRING "Sanitizers to build with: address,undefined or thread (empty: none)")
if(WERKBANK_SANITIZE)
  if(WERKBANK_SANITIZE MATCHES "thread" AND WERKBANK_SANITIZE MATCHES "address")
    message(FATAL_ERROR "WERKBANK_SANITIZE: thread cannot be combined with address")
  endif()
  message(STATUS "Building with -fsanitize=${WERKBANK_SANITIZE}")
  # Errors stop the program, so a test cannot pass over undefined behaviour.
  add_compile_options(-fsanitize=${WERKBANK_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=${WERKBANK_SANITIZE})
endif()

# Tests run slower under the sanitizers: tests/CMakeLists.txt scales their timeouts.
if(WERKBANK_SANITIZE)
  set(WERKBANK_TIMEOUT_FACTOR 3)
else()
  set(WERKBANK_TIMEOUT_FACTOR 1)
endif()
