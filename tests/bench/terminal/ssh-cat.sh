#!/usr/bin/env bash
# Builds and runs bench_terminal_ssh inside the test fixtures (a private sshd on loopback).
set -euo pipefail
cd "$(dirname "$0")/../../.."
cmake --build build --target bench_terminal_ssh
exec ./tests/fixtures/with-fixtures.sh ./build/tests/bench/terminal/bench_terminal_ssh "$@"
