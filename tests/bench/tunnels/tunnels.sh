#!/usr/bin/env bash
# A -L port forward's throughput, Werkbank against OpenSSH's ssh -L in the same
# run (bench_tunnels): same server, same cipher; target ratio >= 0.8.
#
#   tests/bench/tunnels/tunnels.sh [MIB]   (default 512: per single stream; 100 streams share it; 3 rounds)
set -euo pipefail
cd "$(dirname "$0")/../../.."
cmake --build build --target bench_tunnels >/dev/null
exec ./tests/fixtures/with-fixtures.sh ./build/tests/bench/bench_tunnels "${1:-512}"
