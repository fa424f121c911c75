#!/usr/bin/env bash
# Facts from 200 hosts (aliases of the fixture's loopback sshd) with
# `werkbank-cli facts` against `werkbank-cli run` of the same facts script on
# the same 200 hosts, in turns: what parsing and storing the facts costs.
#
#   tests/bench/fleet/facts.sh [ROUNDS]   (default 3)
#
# Prints the median wall time of each and their ratio as BENCH lines (target:
# facts ≤ 1.2 × run).
set -euo pipefail
cd "$(dirname "$0")/../../.."
cmake --build build --target werkbank-cli >/dev/null
exec ./tests/fixtures/with-fixtures.sh ./tests/bench/fleet/facts-inner.sh "${1:-3}"
