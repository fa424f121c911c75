#!/usr/bin/env bash
# The body of gui-stall.sh, run inside tests/fixtures/with-fixtures.sh.
set -euo pipefail
: "${WERKBANK_SSHD_DIR:?run through tests/bench/gui/gui-stall.sh}"
mkdir -p "$HOME/.ssh"
echo "[127.0.0.1]:$WERKBANK_SSHD_PORT $(cut -d' ' -f1,2 "$WERKBANK_SSHD_DIR/keys/main.pub")" >"$HOME/.ssh/known_hosts"
bin=./build/tests/bench/bench_gui_stall
for phase in $*; do
  for extra in "" "--autogroup-nice -20"; do
    args=()
    case $phase in
      run | echo) args=(--user "$WERKBANK_SSHD_USER" --port "$WERKBANK_SSHD_PORT" --key "$WERKBANK_SSHD_DIR/client/id_ed25519"
                 --known-hosts "$HOME/.ssh/known_hosts" -n 1000 -f 64) ;;
      tickets) args=(--workspace "${TICKETS_WORKSPACE:-/tmp/werkbank-bench-tickets.sqlite}") ;;
    esac
    # A session of its own (setsid): its autogroup nice value ends with it.
    # shellcheck disable=SC2086
    setsid -w "$bin" "$phase" "${args[@]}" $extra 2>/dev/null
  done
done
