#!/usr/bin/env bash
# The body of run-gui.sh, run inside tests/fixtures/with-fixtures.sh.
set -euo pipefail
: "${WERKBANK_SSHD_DIR:?run through tests/bench/run/run-gui.sh}"
mkdir -p "$HOME/.ssh"
echo "[127.0.0.1]:$WERKBANK_SSHD_PORT $(cut -d' ' -f1,2 "$WERKBANK_SSHD_DIR/keys/main.pub")" >"$HOME/.ssh/known_hosts"
for f in 64 500; do
  ./build/tests/bench/run/bench_run_gui --user "$WERKBANK_SSHD_USER" --port "$WERKBANK_SSHD_PORT" \
    --key "$WERKBANK_SSHD_DIR/client/id_ed25519" --known-hosts "$HOME/.ssh/known_hosts" -n "$1" -f "$f"
done
