#!/usr/bin/env bash
# 1 GiB over SFTP on loopback, werkbank-cli get/put against OpenSSH's sftp in the
# same run, same server (the fixture's sshd, internal-sftp), same cipher: the one
# libssh negotiates (read back from the server's log) is forced on sftp with -c.
#
#   tests/bench/files/sftp.sh [MIB]   (default 1024)
set -euo pipefail
cd "$(dirname "$0")/../../.."
cmake --build build --target werkbank-cli >/dev/null
exec ./tests/fixtures/with-fixtures.sh bash -c '
  set -euo pipefail
  mib=$1
  work=$(mktemp -d /tmp/wb-bench-sftp.XXXXXX); trap "rm -rf \"$work\"" EXIT
  chmod 755 "$work"; mkdir -m 777 "$work/remote"
  key=$WERKBANK_SSHD_DIR/client/id_ed25519
  user=$WERKBANK_SSHD_USER; port=$WERKBANK_SSHD_PORT
  echo "[127.0.0.1]:$port $(cut -d" " -f1,2 "$WERKBANK_SSHD_DIR/keys/main.pub")" >"$work/known_hosts"
  head -c "${mib}M" /dev/urandom >"$work/source.bin"
  cp "$work/source.bin" "$work/remote/source.bin"
  chmod 644 "$work/remote/source.bin"
  cli=(./build/app/werkbank-cli --workspace "$work/ws.sqlite")
  "${cli[@]}" run --host "$user@127.0.0.1:$port" -i "$key" --accept-new-host-keys true >/dev/null
  log=$WERKBANK_SSHD_DIR/state/main.log
  before=$(wc -l <"$log")
  now() { date +%s.%N; }
  rate() { awk -v mib="$mib" -v s="$1" "BEGIN { printf \"%.0f\", mib * 1048576 / s / 1000000 }"; }
  sync
  t0=$(now); "${cli[@]}" get --overwrite --host "$user@127.0.0.1:$port" -i "$key" "$work/remote/source.bin" "$work/got-wb.bin"; t1=$(now)
  wb_get=$(awk -v a="$t0" -v b="$t1" "BEGIN { print b - a }")
  # From a copy of the log: a pipe that grep leaves early would fail under pipefail.
  tail -n +"$before" "$log" >"$work/server.log"
  cipher=$(grep -m1 -o "kex: client->server cipher: [^ ]*" "$work/server.log" | awk "{print \$4}")
  [[ -n $cipher ]] || { echo "no cipher in the server log" >&2; exit 1; }
  t0=$(now); "${cli[@]}" put --overwrite --host "$user@127.0.0.1:$port" -i "$key" "$work/source.bin" "$work/remote/put-wb.bin"; t1=$(now)
  wb_put=$(awk -v a="$t0" -v b="$t1" "BEGIN { print b - a }")
  cmp "$work/source.bin" "$work/got-wb.bin"; cmp "$work/source.bin" "$work/remote/put-wb.bin"
  sftp_opts=(-q -c "$cipher" -P "$port" -i "$key" -o UserKnownHostsFile="$work/known_hosts" -o BatchMode=yes)
  t0=$(now); echo "get $work/remote/source.bin $work/got-ssh.bin" | sftp "${sftp_opts[@]}" -b - "$user@127.0.0.1" >/dev/null; t1=$(now)
  ssh_get=$(awk -v a="$t0" -v b="$t1" "BEGIN { print b - a }")
  t0=$(now); echo "put $work/source.bin $work/remote/put-ssh.bin" | sftp "${sftp_opts[@]}" -b - "$user@127.0.0.1" >/dev/null; t1=$(now)
  ssh_put=$(awk -v a="$t0" -v b="$t1" "BEGIN { print b - a }")
  cmp "$work/source.bin" "$work/got-ssh.bin"
  echo "# ${mib} MiB on loopback, cipher $cipher (both tools), werkbank-cli get/put against OpenSSH sftp"
  echo "BENCH sftp_get_werkbank $(rate "$wb_get") MB/s"
  echo "BENCH sftp_get_openssh $(rate "$ssh_get") MB/s"
  echo "BENCH sftp_put_werkbank $(rate "$wb_put") MB/s"
  echo "BENCH sftp_put_openssh $(rate "$ssh_put") MB/s"
  awk -v w="$wb_get" -v o="$ssh_get" "BEGIN { printf \"BENCH sftp_get_ratio %.2f x\n\", o / w }"
  awk -v w="$wb_put" -v o="$ssh_put" "BEGIN { printf \"BENCH sftp_put_ratio %.2f x\n\", o / w }"
' sftp "${1:-1024}"
