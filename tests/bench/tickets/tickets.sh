#!/usr/bin/env bash
# The ticket benchmark (issue 6): generates a workspace with a million tickets
# once (kept in $TICKETS_WORKSPACE, default /tmp/werkbank-bench-tickets.sqlite),
# then measures in a fresh process. TICKETS=N for another size; REGENERATE=1 to
# write it again.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${BUILD_DIR:-$here/../../../build}
bin=$build/tests/bench/bench_tickets
workspace=${TICKETS_WORKSPACE:-/tmp/werkbank-bench-tickets.sqlite}
count=${TICKETS:-1000000}
[[ -x $bin ]] || { echo "build first: cmake --build build --target bench_tickets" >&2; exit 1; }
if [[ ${REGENERATE:-0} == 1 || ! -s $workspace ]]; then
  rm -f "$workspace" "$workspace-wal" "$workspace-shm"
  "$bin" generate "$workspace" --tickets "$count"
fi
echo "BENCH workspace_mb $(( $(stat -c %s "$workspace") / 1048576 )) MB"
"$bin" measure "$workspace"
