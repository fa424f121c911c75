#!/usr/bin/env bash
# The body of facts.sh, run inside tests/fixtures/with-fixtures.sh.
set -euo pipefail
ROUNDS=${1:-3}
N=200
CLI=$PWD/build/app/werkbank-cli
: "${WERKBANK_SSHD_DIR:?run through tests/bench/fleet/facts.sh}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
key=$WERKBANK_SSHD_DIR/client/id_ed25519
ws=$work/facts.sqlite
echo "[127.0.0.1]:$WERKBANK_SSHD_PORT $(cut -d' ' -f1,2 "$WERKBANK_SSHD_DIR/keys/main.pub")" >"$work/known_hosts"
{
  for i in $(seq -f '%03g' 1 "$N"); do
    printf 'Host f%s\n  HostName 127.0.0.1\n  Port %s\n  User %s\n  IdentityFile %s\n  UserKnownHostsFile %s\n' \
      "$i" "$WERKBANK_SSHD_PORT" "$WERKBANK_SSHD_USER" "$key" "$work/known_hosts"
  done
} >"$work/ssh_config"
"$CLI" --workspace "$ws" import --format ssh-config "$work/ssh_config" --group bench >/dev/null
"$CLI" facts --print-script >"$work/facts.sh"

timed() { # label command... -> prints "seconds ok"
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/out" 2>"$work/err" || true
  end=$(date +%s.%N)
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}') $(grep -c '"os"\|"ok":true' "$work/out" || true)"
}
runs=() facts=()
for round in $(seq "$ROUNDS"); do
  r=$(timed "$CLI" --workspace "$ws" run --group bench -f 50 --json --script "$work/facts.sh")
  f=$(timed "$CLI" --workspace "$ws" facts --group bench -f 50 --json)
  echo "# round $round: run ${r% *} s (${r#* } ok), facts ${f% *} s (${f#* } ok)"
  runs+=("${r% *}") facts+=("${f% *}")
  [[ ${r#* } == "$N" && ${f#* } == "$N" ]] || { echo "# not every host answered: see $work/err"; cat "$work/err" | head -5; exit 1; }
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run_s=$(median "${runs[@]}")
facts_s=$(median "${facts[@]}")
echo "BENCH facts_${N}_run_script_wall $run_s s"
echo "BENCH facts_${N}_facts_wall $facts_s s"
echo "BENCH facts_${N}_ratio $(awk -v f="$facts_s" -v r="$run_s" 'BEGIN {printf "%.2f", f / r}') x"
echo "# workspace after $ROUNDS gathers of $N hosts: $(du -k "$ws" | cut -f1) KB"
