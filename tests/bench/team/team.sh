#!/usr/bin/env bash
# Team-workspace benchmarks (issue 15), on PostgreSQL 15 servers of their own
# on loopback (tests/fixtures/postgres-fixture.sh, stopped by PID at the end).
#
#   tests/bench/team/team.sh [inventory] [tickets] [clients]   # all three by default
#
# after a build in ./build (BUILD_DIR to change). Prints "BENCH <name> <value> <unit>":
#   inventory  100,000 hosts in 1,000 groups opened through PostgreSQL to a populated
#              model, filtered, peak RSS (targets: open <= 1000 ms, filter <= 50 ms,
#              RSS <= 250 MB), and the same on SQLite in this run (BENCH sqlite_…)
#   tickets    1,000,000 tickets with 1.5 work-log lines each: the ticket pane's first
#              rows, full-text searches newest first (a host name, a medium word, a
#              word in most resolved tickets, two words), peak RSS (targets: first rows
#              <= 300 ms, search <= 50 ms, RSS <= 300 MB); sorting a search by priority
#              is reported, not a target. TEAM_TICKETS=N for another size.
#   clients    10 writer processes for 60 s (TEAM_CLIENTS, TEAM_SECONDS) on 40 shared
#              hosts and 40 shared tickets, and a window listening: lost updates
#              (target 0), p95 write latency (target <= 20 ms), p95 from a save to the
#              other window's notification (target <= 500 ms). This server runs with
#              fsync on: a write's latency includes its flush to disk. Then a control:
#              4 writers saving hosts without the version check for 5 s, where the same
#              check must find lost updates (team_control_blind_lost_updates > 0).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${BUILD_DIR:-$root/build}
parts=("$@")
[[ ${#parts[@]} -gt 0 ]] || parts=(inventory tickets clients)
for bin in bench_inventory bench_tickets bench_team_clients; do
  [[ -x $build/tests/bench/$bin ]] || { echo "team.sh: $build/tests/bench/$bin is missing; build first (cmake --build build)" >&2; exit 1; }
done

dirs=()
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for dir in "${dirs[@]}"; do
    "$root/tests/fixtures/postgres-fixture.sh" stop "$dir" >/dev/null 2>&1 || true
    rm -rf "$dir"
  done
}
trap cleanup EXIT

# Starts a server in a new folder; its exports are evaluated into this shell.
start_server() {
  local dir
  dir=$(mktemp -d -t werkbank-team-bench.XXXXXX)
  chmod 755 "$dir"
  dirs+=("$dir")
  eval "$("$root/tests/fixtures/postgres-fixture.sh" start "$dir")"
  echo "# PostgreSQL $(psql -h 127.0.0.1 -p "$WERKBANK_PG_PORT" -U "$WERKBANK_PG_SUPERUSER" -d postgres -tAc 'SHOW server_version'),"\
       "fsync $(psql -h 127.0.0.1 -p "$WERKBANK_PG_PORT" -U "$WERKBANK_PG_SUPERUSER" -d postgres -tAc 'SHOW fsync'), on 127.0.0.1:$WERKBANK_PG_PORT"
}
new_database() {
  psql -h 127.0.0.1 -p "$WERKBANK_PG_PORT" -U "$WERKBANK_PG_SUPERUSER" -d postgres -qc "CREATE DATABASE $1" >/dev/null
  echo "postgresql://$WERKBANK_PG_SUPERUSER@127.0.0.1:$WERKBANK_PG_PORT/$1"
}

for part in "${parts[@]}"; do
  case $part in
  inventory)
    PG_FSYNC=off start_server
    address=$(new_database bench_inventory)
    echo "# inventory: 100,000 hosts in 1,000 groups (targets: open_to_model <= 1000 ms, filter <= 50 ms, peak_rss <= 250 MB)"
    "$build/tests/bench/bench_inventory" --workspace "$address" | sed 's/^BENCH /BENCH team_/'
    echo "# the same on SQLite, this run"
    "$build/tests/bench/bench_inventory" | sed 's/^BENCH /BENCH sqlite_/'
    ;;
  tickets)
    PG_FSYNC=off start_server
    address=$(new_database bench_tickets)
    count=${TEAM_TICKETS:-1000000}
    echo "# tickets: $count with work logs (targets: first_rows <= 300 ms, fts_*_ms <= 50 ms, peak_rss <= 300 MB)"
    "$build/tests/bench/bench_tickets" generate "$address" --tickets "$count" 2>&1 | sed 's/^BENCH /BENCH team_tickets_/; /^[0-9.]* s: /s/^/# /'
    "$build/tests/bench/bench_tickets" measure "$address" | sed 's/^BENCH /BENCH team_tickets_/'
    ;;
  clients)
    PG_FSYNC=on start_server
    address=$(new_database bench_clients)
    clients=${TEAM_CLIENTS:-10}
    seconds=${TEAM_SECONDS:-60}
    logs=$(mktemp -d -t werkbank-team-clients.XXXXXX)
    dirs+=("$logs")
    "$build/tests/bench/bench_team_clients" prepare "$address" --hosts 40 --tickets 40
    # The other window listens first.
    "$build/tests/bench/bench_team_clients" window "$address" --seconds $((seconds + 10)) --out "$logs/window.log" >"$logs/window.out" &
    window=$!
    pids+=("$window")
    for _ in $(seq 100); do grep -q listening "$logs/window.out" 2>/dev/null && break; sleep 0.1; done
    grep -q listening "$logs/window.out" || { echo "team.sh: the listening window did not start" >&2; exit 1; }
    echo "# clients: $clients writers for $seconds s on 40 hosts and 40 tickets (targets: lost_updates 0, write_p95 <= 20 ms, change_seen_p95 <= 500 ms)"
    writers=()
    for id in $(seq "$clients"); do
      "$build/tests/bench/bench_team_clients" client "$address" --id "$id" --seconds "$seconds" --out "$logs/client$id.log" &
      writers+=("$!")
      pids+=("$!")
    done
    for pid in "${writers[@]}"; do wait "$pid"; done
    wait "$window"
    "$build/tests/bench/bench_team_clients" check "$address" "$logs"
    # The control: the same check on writers that save hosts without the
    # version check (as a back-end that overwrites does) must find lost updates.
    control=$(new_database bench_clients_control)
    controlLogs=$(mktemp -d -t werkbank-team-control.XXXXXX)
    dirs+=("$controlLogs")
    "$build/tests/bench/bench_team_clients" prepare "$control" --hosts 40 --tickets 40
    writers=()
    for id in 1 2 3 4; do
      "$build/tests/bench/bench_team_clients" client "$control" --id "$id" --seconds 5 --blind --out "$controlLogs/client$id.log" &
      writers+=("$!")
      pids+=("$!")
    done
    for pid in "${writers[@]}"; do wait "$pid"; done
    lost=$("$build/tests/bench/bench_team_clients" check "$control" "$controlLogs" | awk '$2 == "team_lost_updates" { print $3 }' || true)
    echo "BENCH team_control_blind_lost_updates ${lost:-none} count"
    [[ ${lost:-0} -gt 0 ]] || { echo "team.sh: the control run found no lost update: the check cannot be trusted" >&2; exit 1; }
    ;;
  *) echo "team.sh: unknown part $part (inventory, tickets, clients)" >&2; exit 2 ;;
  esac
done
