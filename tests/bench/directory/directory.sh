#!/usr/bin/env bash
# The directory benchmark: a slapd of its own (tests/fixtures/slapd-fixture.sh)
# filled with PEOPLE people (default 100,000), then bench_directory, then the
# window's Accounts tab (bench_directory_tab), then ldapsearch for the same
# search in the same run, for reference.
#   tests/bench/directory/directory.sh [PEOPLE]    (after a build in ./build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
people=${1:-100000}
bin=${BENCH_BUILD_DIR:-$root/build}/tests/bench/bench_directory
tab=$bin"_tab"
[[ -x $bin && -x $tab ]] || { echo "build first: $bin and $tab" >&2; exit 1; }
dir=$(mktemp -d -t werkbank-bench-slapd.XXXXXX)
cleanup() { "$root/tests/fixtures/slapd-fixture.sh" stop "$dir" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
eval "$("$root/tests/fixtures/slapd-fixture.sh" start "$dir")"
base=$WERKBANK_LDAP_BASE
export LDAPTLS_CACERT=$WERKBANK_LDAP_CA

# People in one LDIF, added over the server's own socket.
start=$(date +%s.%N)
python3 - "$people" "$base" >"$dir/people.ldif" <<'PY'
import sys
n, base = int(sys.argv[1]), sys.argv[2]
out = sys.stdout
for i in range(n):
    out.write(f"dn: uid=p{i:06d},ou=people,{base}\nobjectClass: inetOrgPerson\nobjectClass: posixAccount\n"
              f"objectClass: shadowAccount\nuid: p{i:06d}\ncn: Person {i}\nsn: P{i}\ndisplayName: Person {i}\n"
              f"mail: p{i:06d}@example.test\ndepartmentNumber: d{i % 50}\nuidNumber: {100000 + i}\n"
              f"gidNumber: 100\nhomeDirectory: /home/p{i:06d}\n\n")
PY
ldapi="ldapi://$(printf '%s' "$dir/ldapi" | sed 's,/,%2F,g')"
ldapadd -x -H "$ldapi" -D "cn=admin,$base" -y "$dir/admin.pw" -f "$dir/people.ldif" >/dev/null
end=$(date +%s.%N)
echo "filled slapd with $people people in $(python3 -c "print(round($end - $start, 1))") s" >&2

"$bin" "ldaps://127.0.0.1:$WERKBANK_LDAPS_PORT" "$WERKBANK_LDAP_CA" "$base" "cn=helpdesk,ou=service,$base" \
  "$dir/helpdesk.pw" "uid=p000001,ou=people,$base"

# Everyone through the window's Accounts tab, with the GUI thread's longest stall.
"$tab" "ldaps://127.0.0.1:$WERKBANK_LDAPS_PORT" "$WERKBANK_LDAP_CA" "$base" "cn=helpdesk,ou=service,$base" "$dir/helpdesk.pw"

# The resets were real: the last password set binds.
printf '%s' 'Bench#Pass20x' >"$dir/last.pw"
ldapwhoami -x -H "ldaps://127.0.0.1:$WERKBANK_LDAPS_PORT" -D "uid=p000001,ou=people,$base" -y "$dir/last.pw" >/dev/null \
  || { echo "the benchmark's last reset did not take" >&2; exit 1; }

# The same searches with OpenLDAP's own client, paged alike (500 a page), over LDAPS.
for what in all text; do
  filter='(|(objectClass=inetOrgPerson)(objectClass=posixAccount))'
  [[ $what == text ]] && filter='(&(|(objectClass=inetOrgPerson)(objectClass=posixAccount))(|(uid=*Person 1234*)(cn=*Person 1234*)(displayName=*Person 1234*)(mail=*Person 1234*)(departmentNumber=*Person 1234*)(ou=*Person 1234*)))'
  s=$(date +%s%N)
  ldapsearch -x -LLL -H "ldaps://127.0.0.1:$WERKBANK_LDAPS_PORT" -D "cn=helpdesk,ou=service,$base" -y "$dir/helpdesk.pw" \
    -E pr=500/noprompt -b "$base" "$filter" uid cn displayName mail shadowExpire pwdAccountLockedTime pwdFailureTime \
    pwdChangedTime pwdReset >"$dir/ldapsearch.out"
  e=$(date +%s%N)
  echo "BENCH directory_ldapsearch_${what}_whole_ms $(( (e - s) / 1000000 )).0 ms"
  echo "BENCH directory_ldapsearch_${what}_people $(grep -c '^dn: uid=' "$dir/ldapsearch.out") count"
done
