#!/usr/bin/env bash
# Sourced by the GUI benchmarks' inner scripts (inside with-fixtures.sh) for
# their third pass. Every sshd connection calls setsid(), so each is an
# autogroup of its own, and at 64 connections or more they outweigh even our
# session at autogroup nice -20: the GUI thread still waits for a core. Here
# the fixture's servers (every process of theirs, and so every connection they
# fork later) go into one cpu cgroup of the lowest weight, where autogroups do
# not apply: together they weigh as one machine that yields to us, which is
# closer to servers that are other machines. servers_back puts them back where
# they were.
#   servers_aside   sets WERKBANK_SERVERS_ASIDE to the cgroup; fails with a reason
#   servers_back    moves every process back and removes the cgroup

# The cpu hierarchy's mount point, and whether it is cgroup v1 or v2.
servers_cgroup_root() {
  if [[ -w /sys/fs/cgroup/cpu/cgroup.procs && -e /sys/fs/cgroup/cpu/cpu.shares ]]; then
    echo "/sys/fs/cgroup/cpu v1"
  elif [[ -w /sys/fs/cgroup/cgroup.procs && -e /sys/fs/cgroup/cgroup.controllers ]]; then
    echo "/sys/fs/cgroup v2"
  fi
}

servers_descendants() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$child"
    servers_descendants "$child"
  done
}

# The cpu cgroup a process is in, relative to the hierarchy's root.
servers_cgroup_of() {
  local version=$1 pid=$2
  if [[ $version == v1 ]]; then
    sed -n 's/^[0-9]*:\([^:]*,\)\{0,1\}cpu\(,[^:]*\)\{0,1\}:\(.*\)$/\3/p' "/proc/$pid/cgroup" | head -n 1
  else
    sed -n 's/^0::\(.*\)$/\1/p' "/proc/$pid/cgroup"
  fi
}

servers_aside() {
  : "${WERKBANK_SSHD_DIR:?servers_aside runs inside tests/fixtures/with-fixtures.sh}"
  local root version parent group f pid first="" moved=0
  read -r root version <<<"$(servers_cgroup_root)"
  if [[ -z $root ]]; then
    echo "servers-aside: no writable cpu cgroup here; the third pass does not run" >&2
    return 1
  fi
  for f in "$WERKBANK_SSHD_DIR"/state/*.pid; do
    first=$(<"$f")
    break
  done
  [[ -n $first && -d /proc/$first ]] || { echo "servers-aside: no running server in $WERKBANK_SSHD_DIR" >&2; return 1; }
  parent=$root$(servers_cgroup_of "$version" "$first")
  if [[ $version == v2 && " $(<"$parent/cgroup.subtree_control") " != *" cpu "* ]]; then
    echo "servers-aside: the cpu controller is not enabled below $parent; the third pass does not run" >&2
    return 1
  fi
  group=$parent/werkbank-bench-servers.$$
  mkdir "$group" || return 1
  if ! { if [[ $version == v1 ]]; then echo 2 >"$group/cpu.shares"; else echo 1 >"$group/cpu.weight"; fi; }; then
    echo "servers-aside: cannot set the weight of $group" >&2
    rmdir "$group"
    return 1
  fi
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
  export WERKBANK_SERVERS_ASIDE=$group WERKBANK_SERVERS_HOME=$parent
}

servers_back() {
  local group=${WERKBANK_SERVERS_ASIDE:-} home=${WERKBANK_SERVERS_HOME:-} pid try
  [[ -n $group && -d $group ]] || return 0
  # A connection that forks while this runs lands in the group after the
  # read: read again until it is empty.
  for try in $(seq 20); do
    for pid in $(<"$group/cgroup.procs"); do
      echo "$pid" >"$home/cgroup.procs" 2>/dev/null || true
    done
    rmdir "$group" 2>/dev/null && break
    sleep 0.1
  done
  [[ -d $group ]] && echo "servers-aside: $group could not be removed" >&2
  unset WERKBANK_SERVERS_ASIDE WERKBANK_SERVERS_HOME
  return 0
}
