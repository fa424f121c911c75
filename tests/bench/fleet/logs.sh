#!/usr/bin/env bash
# A log tab following a file that grows by 50,000 lines a second (tail -F
# over the fixture's sshd), its event loop and memory: see bench_logs.cpp.
#
#   tests/bench/fleet/logs.sh [RATE] [SECONDS]   (default 50000 20)
set -euo pipefail
cd "$(dirname "$0")/../../.."
cmake --build build --target bench_logs >/dev/null
exec ./tests/fixtures/with-fixtures.sh bash -c '
  work=$(mktemp -d); trap "rm -rf \"$work\"" EXIT
  echo "[127.0.0.1]:$WERKBANK_SSHD_PORT $(cut -d" " -f1,2 "$WERKBANK_SSHD_DIR/keys/main.pub")" >"$work/known_hosts"
  ./build/tests/bench/bench_logs --user "$WERKBANK_SSHD_USER" --port "$WERKBANK_SSHD_PORT" \
    --key "$WERKBANK_SSHD_DIR/client/id_ed25519" --known-hosts "$work/known_hosts" --rate "$1" --seconds "$2"
' logs "${1:-50000}" "${2:-20}"
