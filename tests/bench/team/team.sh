#!/usr/bin/env bash
# Team-workspace benchmarks (issue 15), on a PostgreSQL 15 of their own on
# loopback (tests/fixtures/postgres-fixture.sh, stopped by PID at the end).
#
#   tests/bench/team/team.sh            # after a build in ./build (BUILD_DIR to change)
#
# Prints "BENCH team_<name> <value> <unit>" lines. So far: the inventory of
# 100,000 hosts in 1,000 groups opened through PostgreSQL to a populated model,
# filtered, and the peak RSS (targets: open <= 1000 ms, filter <= 50 ms,
# RSS <= 250 MB), with the same benchmark on SQLite in the same run for
# comparison (BENCH sqlite_…). Still to come (issue 15): 1,000,000 tickets and
# 10 concurrent clients.
#
# The fixture runs with fsync=off: these figures are reads; write latencies
# (the concurrent-clients part) are to be measured with fsync on.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${BUILD_DIR:-$root/build}
bench=$build/tests/bench/bench_inventory
[[ -x $bench ]] || { echo "team.sh: $bench is missing; build first (cmake --build build)" >&2; exit 1; }

dir=$(mktemp -d -t werkbank-team-bench.XXXXXX)
chmod 755 "$dir"
cleanup() {
  "$root/tests/fixtures/postgres-fixture.sh" stop "$dir" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
exports=$("$root/tests/fixtures/postgres-fixture.sh" start "$dir")
eval "$exports"
psql -h 127.0.0.1 -p "$WERKBANK_PG_PORT" -U "$WERKBANK_PG_SUPERUSER" -d postgres -qc "CREATE DATABASE bench_inventory" >/dev/null

echo "# PostgreSQL $(psql -h 127.0.0.1 -p "$WERKBANK_PG_PORT" -U "$WERKBANK_PG_SUPERUSER" -d postgres -tAc 'SHOW server_version') on 127.0.0.1:$WERKBANK_PG_PORT"
echo "# inventory: 100,000 hosts in 1,000 groups (targets: open_to_model <= 1000 ms, filter <= 50 ms, peak_rss <= 250 MB)"
"$bench" --workspace "postgresql://$WERKBANK_PG_SUPERUSER@127.0.0.1:$WERKBANK_PG_PORT/bench_inventory" | sed 's/^BENCH /BENCH team_/'
echo "# the same on SQLite, this run"
"$bench" | sed 's/^BENCH /BENCH sqlite_/'
