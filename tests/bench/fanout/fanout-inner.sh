#!/usr/bin/env bash
# The body of fanout.sh, run inside tests/fixtures/with-fixtures.sh.
set -euo pipefail
RUNS=${1:-5}
CLI=$PWD/build/app/werkbank-cli
: "${WERKBANK_SSHD_DIR:?run through tests/bench/fanout/fanout.sh}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
key=$WERKBANK_SSHD_DIR/client/id_ed25519
port=$WERKBANK_SSHD_PORT
user=$WERKBANK_SSHD_USER
server_pid=$(<"$WERKBANK_SSHD_DIR/state/main.pid")
mkdir -p "$HOME/.ssh"
echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$WERKBANK_SSHD_DIR/keys/main.pub")" >"$HOME/.ssh/known_hosts"
cfg=$work/ssh_config
{
  for i in $(seq -f '%03g' 1 200); do printf 'Host t%s\n  HostName 127.0.0.1\n' "$i"; done
  cat <<CFG
Host *
  Port $port
  User $user
  IdentityFile $key
  IdentitiesOnly yes
  UserKnownHostsFile $HOME/.ssh/known_hosts
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
  BatchMode yes
  KexAlgorithms curve25519-sha256
  PreferredAuthentications publickey
  GSSAPIAuthentication no
  ControlMaster no
  ControlPath none
  LogLevel ERROR
CFG
} >"$cfg"

server_ticks() { awk '{print $14 + $15 + $16 + $17}' "/proc/$server_pid/stat"; }
# CPU seconds of the listener and every live connection (kept connections
# have not ended yet): each process's own time from schedstat (ns; stat's
# 10 ms ticks lose a connection's few milliseconds), plus its reaped children's.
server_cpu_tree() {
  local pid
  for pid in $server_pid $(pstree_pids "$server_pid"); do
    [[ -r /proc/$pid/stat ]] || continue
    echo "$(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $14 + $15}') $(cut -d' ' -f1 "/proc/$pid/schedstat" 2>/dev/null || echo 0)"
  done | awk -v hz="$hz" '{s += $1 / hz + $2 / 1e9} END {printf "%.3f\n", s}'
}
pstree_pids() { local c; for c in $(cat "/proc/$1/task/$1/children" 2>/dev/null); do echo "$c"; pstree_pids "$c"; done; }
hz=$(getconf CLK_TCK)

run_tool() { # tool n -> prints "wall user sys maxrss_kb ok"
  local tool=$1 n=$2 out=$work/out timing=$work/time
  local hosts; hosts=$(seq -f 't%03g' 1 "$n")
  case $tool in
    werkbank)
      local args=(); for _ in $(seq "$n"); do args+=(--host "$user@127.0.0.1:$port"); done
      /usr/bin/time -o "$timing" -f '%e %U %S %M' "$CLI" --workspace "$work/w.sqlite" run "${args[@]}" -i "$key" -f 50 --json -- uname -a >"$out" 2>/dev/null || true
      ok=$(grep -c '"ok":true' "$out" || true) ;;
    xargs-ssh)
      /usr/bin/time -o "$timing" -f '%e %U %S %M' sh -c "printf '%s\n' $(echo $hosts) | xargs -P50 -I{} ssh -F '$cfg' {} uname -a" >"$out" 2>/dev/null || true
      ok=$(grep -c '^Linux' "$out" || true) ;;
    pssh)
      printf '%s\n' $hosts >"$work/hosts"
      /usr/bin/time -o "$timing" -f '%e %U %S %M' parallel-ssh -p 50 -t 0 -h "$work/hosts" -x "-F $cfg" uname -a >"$out" 2>/dev/null || true
      ok=$(grep -c 'SUCCESS' "$out" || true) ;;
    pdsh)
      PDSH_SSH_ARGS="-F $cfg -2 -a -x -l%u %h" /usr/bin/time -o "$timing" -f '%e %U %S %M' pdsh -R ssh -l "$user" -f 50 -w "t[001-$(printf '%03d' "$n")]" uname -a >"$out" 2>/dev/null || true
      ok=$(grep -c ': Linux' "$out" || true) ;;
    clush)
      /usr/bin/time -o "$timing" -f '%e %U %S %M' clush -f 50 -o "-F $cfg" -w "t[001-$(printf '%03d' "$n")]" uname -a >"$out" 2>/dev/null || true
      ok=$(grep -c ': Linux' "$out" || true) ;;
  esac
  echo "$(tail -1 "$timing") $ok"
}

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
want() { [[ ,${FANOUT_ONLY:-cold,warm,large}, == *,$1,* ]]; }

# The tools take turns within each round (werkbank, xargs ssh, pssh, ... then
# again), so that a machine whose speed drifts over the minutes (a shared host)
# weighs on every tool alike: run one after another, the same tool measured
# 0.72x and 0.97x of the fastest peer on two runs of the same build.
want cold && for n in 10 50 200; do
  tools=()
  for tool in werkbank xargs-ssh pssh pdsh clush; do
    case $tool in pssh) command -v parallel-ssh >/dev/null || continue ;; pdsh|clush) command -v $tool >/dev/null || continue ;; esac
    tools+=("$tool")
    for f in walls cpus servers rss oks; do : >"$work/$tool.$f"; done
  done
  for _ in $(seq "$RUNS"); do
    for tool in "${tools[@]}"; do
      before=$(server_ticks)
      read -r wall u s rss ok < <(run_tool "$tool" "$n")
      sleep 0.3 # let sshd reap its last children, so their CPU is counted
      after=$(server_ticks)
      echo "$wall" >>"$work/$tool.walls"
      echo "$u $s" | awk '{print $1 + $2}' >>"$work/$tool.cpus"
      echo "$before $after $hz" | awk '{print ($2 - $1) / $3}' >>"$work/$tool.servers"
      echo "$rss" >>"$work/$tool.rss"
      echo "$ok" >>"$work/$tool.oks"
    done
  done
  for tool in "${tools[@]}"; do
    key_name="fanout_${tool//-/_}_n$n"
    echo "BENCH ${key_name}_wall_s $(median <"$work/$tool.walls") s"
    echo "BENCH ${key_name}_client_cpu_s $(median <"$work/$tool.cpus") s"
    echo "BENCH ${key_name}_server_cpu_s $(median <"$work/$tool.servers") s"
    echo "BENCH ${key_name}_peak_rss_mb $(median <"$work/$tool.rss" | awk '{printf "%.1f", $1 / 1024}') MB"
    echo "BENCH ${key_name}_hosts_ok $(median <"$work/$tool.oks") hosts"
  done
done

# Warm runs at N = 200: werkbank with its pool already open (the cold run
# opened it, in the same process), against `xargs -P50 ssh` with OpenSSH's
# ControlMaster/ControlPersist and every master already open.
if want warm; then
  "$PWD/build/tests/bench/bench_fanout_pool" --user "$user" --port "$port" --key "$key" \
    --known-hosts "$HOME/.ssh/known_hosts" --server-pid "$server_pid" -n 200 -f 50 --cold-f 200 --runs "$RUNS"
  cm=$work/cm
  mkdir -p "$cm"
  sed -e 's/^  ControlMaster no$/  ControlMaster auto/' -e "s#^  ControlPath none\$#  ControlPath $cm/%n#" \
    -e 's/^Host \*$/Host *\n  ControlPersist 600/' "$cfg" >"$work/ssh_config_cm"
  hosts=$(seq -f 't%03g' 1 200)
  printf '%s\n' $hosts | xargs -P50 -I{} ssh -F "$work/ssh_config_cm" -fN -o ControlMaster=yes {} 2>/dev/null || true
  masters=$(ls "$cm" | wc -l)
  : >"$work/walls"; : >"$work/cpus"; : >"$work/servers"; : >"$work/oks"
  for _ in $(seq "$RUNS"); do
    before=$(server_cpu_tree)
    /usr/bin/time -o "$work/time" -f '%e %U %S %M' sh -c "printf '%s\n' $(echo $hosts) | xargs -P50 -I{} ssh -F '$work/ssh_config_cm' {} uname -a" >"$work/out" 2>/dev/null || true
    sleep 0.3
    after=$(server_cpu_tree)
    read -r wall u s _ < <(tail -1 "$work/time")
    echo "$wall" >>"$work/walls"
    echo "$u $s" | awk '{print $1 + $2}' >>"$work/cpus"
    echo "$before $after" | awk '{print $2 - $1}' >>"$work/servers"
    grep -c '^Linux' "$work/out" >>"$work/oks" || true
  done
  printf '%s\n' $hosts | xargs -P50 -I{} ssh -F "$work/ssh_config_cm" -O exit {} >/dev/null 2>&1 || true
  echo "BENCH fanout_xargs_ssh_controlmaster_n200_masters_open $masters masters"
  echo "BENCH fanout_xargs_ssh_controlmaster_n200_warm_wall_s $(median <"$work/walls") s"
  echo "BENCH fanout_xargs_ssh_controlmaster_n200_warm_client_cpu_s $(median <"$work/cpus") s"
  echo "BENCH fanout_xargs_ssh_controlmaster_n200_warm_server_cpu_s $(median <"$work/servers") s"
  echo "BENCH fanout_xargs_ssh_controlmaster_n200_warm_hosts_ok $(median <"$work/oks") hosts"
fi

# N = 1,000 at concurrency 500: every host must be accounted for (a result
# line each, ok or failed with its reason). 500 handshakes at once overflow
# sshd's listen backlog of 128 on this one server: SYNs are retried after
# 1, 3, 7 s..., so the connect timeout is raised as a user would for such a run.
if want large; then
  args=(); for _ in $(seq 1000); do args+=(--host "$user@127.0.0.1:$port"); done
  /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$CLI" --workspace "$work/w.sqlite" run "${args[@]}" -i "$key" -f 500 --timeout 120 --connect-timeout 60 --json -- uname -a >"$work/out" 2>/dev/null || true
  read -r wall u s rss < <(tail -1 "$work/time")
  echo "BENCH fanout_werkbank_n1000_f500_wall_s $wall s"
  echo "BENCH fanout_werkbank_n1000_f500_client_cpu_s $(echo "$u $s" | awk '{print $1 + $2}') s"
  echo "BENCH fanout_werkbank_n1000_f500_peak_rss_mb $(echo "$rss" | awk '{printf "%.1f", $1 / 1024}') MB"
  echo "BENCH fanout_werkbank_n1000_f500_hosts_accounted $(grep -c '"state":' "$work/out" || true) hosts"
  echo "BENCH fanout_werkbank_n1000_f500_hosts_ok $(grep -c '"ok":true' "$work/out" || true) hosts"
  # What the hosts that did not succeed were told, counted by reason.
  grep -v '"ok":true' "$work/out" | grep -o '"error":"[^"]*"' | sed -E 's/[0-9]+/N/g' | sort | uniq -c | sed 's/^/# /' || true
  "$PWD/build/tests/bench/bench_fanout_pool" --user "$user" --port "$port" --key "$key" \
    --known-hosts "$HOME/.ssh/known_hosts" --server-pid "$server_pid" -n 1000 -f 500 --runs 1 --name fanout_werkbank_pool_f500
fi
