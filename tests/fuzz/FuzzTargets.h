#pragma once

#include <cstddef>
#include <cstdint>

// The entry points the libFuzzer harnesses call (fuzz_main.cpp, one executable
// per target) and the normal suite feeds its saved inputs through
// (tst_fuzzregressions.cpp), so a crash found once stays found.
namespace wb::fuzz {

using Target = void (*)(const std::uint8_t *data, std::size_t size);

void sshConfig(const std::uint8_t *data, std::size_t size);
void csv(const std::uint8_t *data, std::size_t size);
void ansible(const std::uint8_t *data, std::size_t size);
void knownHosts(const std::uint8_t *data, std::size_t size);
void terminal(const std::uint8_t *data, std::size_t size);
void socks(const std::uint8_t *data, std::size_t size);

// "ssh_config", "csv", "ansible", "known_hosts", "terminal", "socks" (the folder names under tests/fuzz/).
Target targetNamed(const char *name);

} // namespace wb::fuzz
