#!/usr/bin/env bash
# The body of run-gui.sh, run inside tests/fixtures/with-fixtures.sh.
# Two passes. First as it is: every sshd connection here is a session of its
# own (setsid), and Linux shares the two cores between sessions, so hundreds
# of them starve our one process of CPU (the GUI thread mostly waits for a
# core). Then with our session at autogroup nice -20, which stands in for
# servers that are other machines, as in real use. Third, that with the
# servers aside in one low-weight cpu cgroup (tests/bench/servers-aside.sh):
# every connection's own autogroup still outweighs our one session.
set -euo pipefail
: "${WERKBANK_SSHD_DIR:?run through tests/bench/run/run-gui.sh}"
# shellcheck source=tests/bench/servers-aside.sh
. ./tests/bench/servers-aside.sh
trap servers_back EXIT
mkdir -p "$HOME/.ssh"
echo "[127.0.0.1]:$WERKBANK_SSHD_PORT $(cut -d' ' -f1,2 "$WERKBANK_SSHD_DIR/keys/main.pub")" >"$HOME/.ssh/known_hosts"
for extra in "" "--autogroup-nice -20" "aside"; do
  if [[ $extra == aside ]]; then
    servers_aside || continue
    extra="--autogroup-nice -20"
  fi
  for f in 64 500; do
    # A session of its own (setsid): its autogroup nice value ends with it.
    # shellcheck disable=SC2086
    setsid -w ./build/tests/bench/run/bench_run_gui --user "$WERKBANK_SSHD_USER" --port "$WERKBANK_SSHD_PORT" \
      --key "$WERKBANK_SSHD_DIR/client/id_ed25519" --known-hosts "$HOME/.ssh/known_hosts" -n "$1" -f "$f" $extra 2>/dev/null
  done
  servers_back
done
