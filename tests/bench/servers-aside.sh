#!/usr/bin/env bash
# Sourced by the GUI benchmarks' inner scripts (inside with-fixtures.sh) for
# their third pass. Every sshd connection calls setsid(), so each is an
# autogroup of its own, and at 64 connections or more they outweigh even our
# session at autogroup nice -20: the GUI thread still waits for a core. Here
# the fixture's servers (every process of theirs, and so every connection they
# fork later) go into one cpu cgroup of the lowest weight, where autogroups do
# not apply: together they weigh as one machine that yields to us, which is
# closer to servers that are other machines. servers_back puts them back.
#   servers_aside   sets WERKBANK_SERVERS_ASIDE to the cgroup; fails with a reason
#   servers_back    moves every process back and removes the cgroup

servers_cgroup_root() {
  if [[ -w /sys/fs/cgroup/cpu/cgroup.procs && -e /sys/fs/cgroup/cpu/cpu.shares ]]; then
    echo /sys/fs/cgroup/cpu  # cgroup v1
  elif [[ -w /sys/fs/cgroup/cgroup.procs && " $(</sys/fs/cgroup/cgroup.controllers) " == *" cpu "* ]]; then
    echo /sys/fs/cgroup      # cgroup v2
  fi
}

servers_descendants() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$child"
    servers_descendants "$child"
  done
}

servers_aside() {
  : "${WERKBANK_SSHD_DIR:?servers_aside runs inside tests/fixtures/with-fixtures.sh}"
  local root group f pid moved=0
  root=$(servers_cgroup_root)
  if [[ -z $root ]]; then
    echo "servers-aside: no writable cpu cgroup here; the third pass cannot run" >&2
    return 1
  fi
  group=$root/werkbank-bench-servers.$$
  mkdir "$group" || return 1
  if [[ -e $group/cpu.shares ]]; then echo 2 >"$group/cpu.shares"; else echo 1 >"$group/cpu.weight"; fi
  for f in "$WERKBANK_SSHD_DIR"/state/*.pid; do
    for pid in $(<"$f") $(servers_descendants "$(<"$f")"); do
      echo "$pid" >"$group/cgroup.procs" 2>/dev/null && moved=$((moved + 1))
    done
  done
  if ((moved == 0)); then
    echo "servers-aside: no server process could be moved into $group" >&2
    rmdir "$group"
    return 1
  fi
  export WERKBANK_SERVERS_ASIDE=$group
}

servers_back() {
  local group=${WERKBANK_SERVERS_ASIDE:-} pid
  [[ -n $group && -d $group ]] || return 0
  for pid in $(<"$group/cgroup.procs"); do
    echo "$pid" >"$(dirname "$group")/cgroup.procs" 2>/dev/null || true
  done
  rmdir "$group"
  unset WERKBANK_SERVERS_ASIDE
}
