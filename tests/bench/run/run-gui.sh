#!/usr/bin/env bash
# Builds and runs bench_run_gui inside the test fixtures (a private sshd on
# loopback, offscreen Qt): a run tab on 1,000 hosts at concurrency 64 and 500.
#   tests/bench/run/run-gui.sh [N]     (N default 1000)
set -euo pipefail
cd "$(dirname "$0")/../../.."
cmake --build build --target bench_run_gui >/dev/null
exec ./tests/fixtures/with-fixtures.sh ./tests/bench/run/run-gui-inner.sh "${1:-1000}"
