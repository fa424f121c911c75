#!/usr/bin/env bash
# The body of gui-stall.sh, run inside tests/fixtures/with-fixtures.sh.
# Three passes for the phases that talk to sshd (run, echo): plain, our
# session at autogroup nice -20, and that with the servers aside
# (tests/bench/servers-aside.sh); two for the rest, which have no server.
set -euo pipefail
: "${WERKBANK_SSHD_DIR:?run through tests/bench/gui/gui-stall.sh}"
# shellcheck source=tests/bench/servers-aside.sh
. ./tests/bench/servers-aside.sh
mkdir -p "$HOME/.ssh"
echo "[127.0.0.1]:$WERKBANK_SSHD_PORT $(cut -d' ' -f1,2 "$WERKBANK_SSHD_DIR/keys/main.pub")" >"$HOME/.ssh/known_hosts"
bin=./build/tests/bench/bench_gui_stall
# For `open`: a workspace of 100,000 hosts in 140 groups, made once by werkbank-cli.
scratch=$(mktemp -d -t werkbank-gui-stall.XXXXXX)
trap 'rm -rf "$scratch"; servers_back' EXIT
inventory=$scratch/inventory.sqlite
if [[ " $* " == *" open "* ]]; then
  awk 'BEGIN { print "name,address,port,group,tags";
               for (i = 0; i < 100000; i++)
                 printf "host%06d,10.%d.%d.%d,22,site%d/role%d,bench\n", i, int(i / 65536) % 256, int(i / 256) % 256, i % 256, i % 20, i % 7 }' \
    >"$scratch/hosts.csv"
  ./build/app/werkbank-cli --workspace "$inventory" import --format csv "$scratch/hosts.csv" >/dev/null
fi
for phase in $*; do
  passes=("" "--autogroup-nice -20")
  [[ $phase == run || $phase == echo ]] && passes+=("aside")
  for extra in "${passes[@]}"; do
    if [[ $extra == aside ]]; then
      servers_aside || continue
      extra="--autogroup-nice -20"
    fi
    args=()
    case $phase in
      run | echo) args=(--user "$WERKBANK_SSHD_USER" --port "$WERKBANK_SSHD_PORT" --key "$WERKBANK_SSHD_DIR/client/id_ed25519"
                 --known-hosts "$HOME/.ssh/known_hosts" -n 1000 -f 64) ;;
      tickets) args=(--workspace "${TICKETS_WORKSPACE:-/tmp/werkbank-bench-tickets.sqlite}") ;;
      open) args=(--workspace "$inventory" --hosts 100000) ;;
    esac
    # A session of its own (setsid): its autogroup nice value ends with it.
    # shellcheck disable=SC2086
    setsid -w "$bin" "$phase" "${args[@]}" $extra 2>/dev/null
    servers_back
  done
done
