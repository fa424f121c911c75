#!/usr/bin/env bash
# The window's event loop during a 1 GiB download and upload through the file
# tab's session and transfer queue (bench_files_window), against the fixture's
# sshd: the longest gap between 2 ms ticks on the GUI thread (target: under 50 ms).
#
#   tests/bench/files/window.sh [MIB]   (default 1024)
set -euo pipefail
cd "$(dirname "$0")/../../.."
cmake --build build --target bench_files_window >/dev/null
exec ./tests/fixtures/with-fixtures.sh bash -c '
  set -euo pipefail
  mib=$1
  work=$(mktemp -d /tmp/wb-bench-files-window.XXXXXX); trap "rm -rf \"$work\"" EXIT
  chmod 755 "$work"; mkdir -m 777 "$work/remote" "$work/local"
  echo "[127.0.0.1]:$WERKBANK_SSHD_PORT $(cut -d" " -f1,2 "$WERKBANK_SSHD_DIR/keys/main.pub")" >"$work/known_hosts"
  head -c "${mib}M" /dev/urandom >"$work/source.bin"
  cp "$work/source.bin" "$work/remote/source.bin"
  chmod 644 "$work/remote/source.bin"
  sync
  WB_BENCH_KNOWN_HOSTS=$work/known_hosts ./build/tests/bench/bench_files_window \
    "$work/remote/source.bin" "$work/local" "$work/source.bin" "$work/remote/sent.bin"
  cmp "$work/source.bin" "$work/local/source.bin"
  cmp "$work/source.bin" "$work/remote/sent.bin"
' window "${1:-1024}"
