#!/usr/bin/env bash
# bench_gui_stall (issue 13): the window's event loop, measured with a 5 ms
# timer, while it (a) imports 100,000 hosts (and opens a workspace that holds them), (b) shows a 1,000-host run
# reporting in, (c) is searched over the million-ticket workspace
# (tests/bench/tickets/tickets.sh makes it once), (d) filters 100,000 audit
# records; and (echo) an open terminal's keystroke echo during a 1,000-host
# run, from the key sent to the paint that shows it. Inside the test fixtures (a private sshd for the run), two passes
# as run-gui.sh: plain, then our session at autogroup nice -20.
#   tests/bench/gui/gui-stall.sh [PHASE...]     (default: import open run echo tickets audit)
set -euo pipefail
cd "$(dirname "$0")/../../.."
cmake --build build --target bench_gui_stall bench_tickets werkbank-cli >/dev/null
if [[ " ${*:-tickets} " == *" tickets "* && ! -s ${TICKETS_WORKSPACE:-/tmp/werkbank-bench-tickets.sqlite} ]]; then
  ./build/tests/bench/bench_tickets generate "${TICKETS_WORKSPACE:-/tmp/werkbank-bench-tickets.sqlite}"
fi
exec ./tests/fixtures/with-fixtures.sh ./tests/bench/gui/gui-stall-inner.sh "${@:-import open run echo tickets audit}"
