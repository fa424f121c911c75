#!/usr/bin/env bash
# Fan-out benchmark: `uname -a` on N = 10, 50, 200 targets (aliases of one
# loopback sshd, the fixture's) with werkbank-cli run and the usual peers:
# `xargs -P50 ssh`, pssh, pdsh, clush. Same key, same known_hosts, same key
# exchange (curve25519-sha256), same parallelism (50).
#
#   tests/bench/fanout/fanout.sh [--install-peers] [RUNS]   (RUNS default 5)
#
# Per tool and N it prints the median of RUNS runs: wall time, client CPU
# (user+sys of the tool and its children), server CPU (the sshd's own and its
# finished children's), peak RSS, hosts ok.
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [[ ${1:-} == --install-peers ]]; then
  shift
  apt-get install -y pssh pdsh clustershell >/dev/null
fi
cmake --build build --target werkbank-cli >/dev/null
exec ./tests/fixtures/with-fixtures.sh ./tests/bench/fanout/fanout-inner.sh "${1:-5}"
