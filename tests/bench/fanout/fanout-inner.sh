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

for n in 10 50 200; do
  for tool in werkbank xargs-ssh pssh pdsh clush; do
    case $tool in pssh) command -v parallel-ssh >/dev/null || continue ;; pdsh|clush) command -v $tool >/dev/null || continue ;; esac
    : >"$work/walls"; : >"$work/cpus"; : >"$work/servers"; : >"$work/rss"; : >"$work/oks"
    for _ in $(seq "$RUNS"); do
      before=$(server_ticks)
      read -r wall u s rss ok < <(run_tool "$tool" "$n")
      sleep 0.3 # let sshd reap its last children, so their CPU is counted
      after=$(server_ticks)
      echo "$wall" >>"$work/walls"
      echo "$u $s" | awk '{print $1 + $2}' >>"$work/cpus"
      echo "$before $after $hz" | awk '{print ($2 - $1) / $3}' >>"$work/servers"
      echo "$rss" >>"$work/rss"
      echo "$ok" >>"$work/oks"
    done
    key_name="fanout_${tool//-/_}_n$n"
    echo "BENCH ${key_name}_wall_s $(median <"$work/walls") s"
    echo "BENCH ${key_name}_client_cpu_s $(median <"$work/cpus") s"
    echo "BENCH ${key_name}_server_cpu_s $(median <"$work/servers") s"
    echo "BENCH ${key_name}_peak_rss_mb $(median <"$work/rss" | awk '{printf "%.1f", $1 / 1024}') MB"
    echo "BENCH ${key_name}_hosts_ok $(median <"$work/oks") hosts"
  done
done
