// One libFuzzer executable per target; WERKBANK_FUZZ_TARGET names it (see CMakeLists.txt).
#include "tests/fuzz/FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const wb::fuzz::Target target = [] {
        const wb::fuzz::Target t = wb::fuzz::targetNamed(WERKBANK_FUZZ_TARGET);
        if (!t) {
            std::fprintf(stderr, "no fuzz target %s\n", WERKBANK_FUZZ_TARGET);
            std::abort();
        }
        return t;
    }();
    target(data, size);
    return 0;
}
