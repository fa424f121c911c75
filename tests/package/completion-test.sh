#!/bin/bash
# shellcheck disable=SC2015  # "test && ok || fail" lines: ok is an echo
# Tests the bash completion of werkbank-cli (resources/completion/werkbank-cli).
#
#   completion-test.sh [WERKBANK_CLI] [COMPLETION_SCRIPT]
#
# tst_completion: exit status 0 when every check passes, 1 otherwise
# (each failure says what was expected and what came back). It needs the built
# werkbank-cli: its --help texts are the reference the completion is held to,
# so a command or option added to the CLI fails this test until the
# completion offers it too. Runs with HOME and XDG_DATA_HOME in a temporary
# folder, so the real workspace is never opened.
set -u

here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-${WERKBANK_CLI:-$here/../../build/app/werkbank-cli}}
completion=${2:-${WERKBANK_COMPLETION:-$here/../../resources/completion/werkbank-cli}}
[[ -x $cli ]] || { echo "FAIL: no werkbank-cli at $cli" >&2; exit 1; }
[[ -r $completion ]] || { echo "FAIL: no completion script at $completion" >&2; exit 1; }
cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")
completion=$(cd "$(dirname "$completion")" && pwd)/$(basename "$completion")

tmp=$(mktemp -d)
trap '[[ -n ${KEEP-} ]] || rm -rf "$tmp"' EXIT
export HOME=$tmp/home LC_ALL=C
unset XDG_DATA_HOME XDG_CONFIG_HOME WERKBANK_CLI_COMPLETE_NAMES
mkdir -p "$HOME" "$tmp/files/beta dir"
: >"$tmp/files/alpha.csv"
: >"$tmp/files/img@2x.png"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

if bash -n "$completion"; then echo "ok - bash -n $completion"; else fail "bash -n $completion reports a syntax error"; fi

# --- The reference: what the CLI's help says ---------------------------------
help=$("$cli" --help) || fail "werkbank-cli --help exited with $?"
# Commands are the lines indented by exactly two spaces under "Commands:".
mapfile -t commands < <(sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p' <<<"$help")
((${#commands[@]} >= 10)) || fail "found only ${#commands[@]} commands in werkbank-cli --help: ${commands[*]-}"
# The long options one parser's --help lists: "  -w, --workspace <path>  ...".
long_options() { "$cli" "$@" --help | grep -oE '^ +(-[A-Za-z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+$' | paste -sd'|'; }
# Each command has a --help of its own (else the option checks below prove nothing).
for command in ${commands[@]+"${commands[@]}"}; do
    [[ "|$(long_options "$command")|" == *"|--workspace|"* ]] && echo "ok - werkbank-cli $command --help lists its options" ||
        fail "werkbank-cli $command --help does not list the command's options"
done

# A sample workspace, made by the CLI itself: two hosts in site/web, a directory.
printf 'Host web1\n  HostName 10.0.0.1\nHost db-1\n  HostName 10.0.0.2\n' >"$tmp/hosts.sshconf"
{ "$cli" --workspace "$tmp/ws.sqlite" import --format ssh-config --group site/web "$tmp/hosts.sshconf" &&
    "$cli" --workspace "$tmp/ws.sqlite" directory add corp --url ldaps://dc.example.org --base-dn dc=example,dc=org \
        --bind-dn cn=wb,dc=example,dc=org --kind ad; } >/dev/null 2>&1 || fail "could not make the sample workspace"
mkdir -p "$tmp/xdg/Werkbank/werkbank" && cp "$tmp/ws.sqlite" "$tmp/xdg/Werkbank/werkbank/workspace.sqlite"
# A stand-in CLI that only records being called: where the completion must not call it.
printf '#!/bin/sh\ntouch "%s/called"\n' "$tmp" >"$tmp/fake-cli"
chmod +x "$tmp/fake-cli"
# Files named like PostgreSQL addresses, so only the address check keeps the CLI from running.
mkdir -p "$tmp/postgresql:/u@db" && : >"$tmp/postgresql:/u@db/werkbank" && : >"$tmp/dbname=wb"

# --- The cases: description, words that must be offered, words that must not,
# the command line (the cursor at its end); fields are separated by \037 (a tab
# would not do: read merges empty tab-separated fields), words by "|".
cases=$tmp/cases
{
    printf '%s\037%s\037%s\037%s\n' \
        "every command of --help is offered" "$(IFS='|'; echo "${commands[*]}")" "" "werkbank-cli " \
        "top-level options" "--workspace|--lang|--help|--version" "--json" "werkbank-cli --" \
        "command after -w PATH" "account" "" "werkbank-cli -w /some/ws.sqlite ac" \
        "command after --lang LANG" "account" "" "werkbank-cli --lang nl ac" \
        "--lang choices" "nl|en" "" "werkbank-cli --lang " \
        "account actions, mode not yet known" "list|reset|expire|policy|add-to-group" "" "werkbank-cli account " \
        "account actions on a host" "reset|reset-failures" "remove-from-group" "werkbank-cli account --host h re" \
        "account actions in a directory" "policy|add-to-group|remove-from-group" "" "werkbank-cli account --directory d " \
        "ticket actions" "new|list|show|update|comment|resolve|search" "" "werkbank-cli ticket " \
        "workspace actions" "init|info|grant|revoke|copy|known-hosts" "" "werkbank-cli workspace " \
        "workspace known-hosts subaction" "list|remove" "init" "werkbank-cli workspace known-hosts " \
        "directory actions" "add|list|remove" "" "werkbank-cli -w x.sqlite directory " \
        "import --format choices" "ssh-config|csv|ansible" "" "werkbank-cli import --format " \
        "export --format= choices" "csv|ansible" "ssh-config" "werkbank-cli export --format=" \
        "ticket --status choices" "new|assigned|in-progress|pending|resolved|closed" "" "werkbank-cli ticket update 3 --status " \
        "ticket --view=re" "resolved-this-week" "open" "werkbank-cli ticket list --view=re" \
        "logs --priority e" "emerg|err" "crit" "werkbank-cli logs --host h --priority e" \
        "directory --kind choices" "ad|ldap" "" "werkbank-cli directory add x --kind " \
        "workspace --role choices" "helpdesk|sysadmin" "" "werkbank-cli workspace grant bob --role " \
        "hosts options" "--group|--json|--workspace" "--format" "werkbank-cli hosts --" \
        "account in a directory has no host options" "--users-from|--search" "--system|--ssh-config" "werkbank-cli account --directory d --" \
        "path option --workspace" "$tmp/files/alpha.csv" "" "werkbank-cli --workspace $tmp/files/al" \
        "path option --output=" "$tmp/files/beta dir" "" "werkbank-cli export --output=$tmp/files/be" \
        "import FILE" "$tmp/files/alpha.csv" "" "werkbank-cli import --format csv $tmp/files/a" \
        "put LOCAL" "$tmp/files/alpha.csv" "" "werkbank-cli put --host h $tmp/files/a" \
        "nothing after run's --" "" "--json|--host" "werkbank-cli run --host h -- --" \
        "host names from -w" "web1|db-1" "" "$cli -w $tmp/ws.sqlite run --host " \
        "host names from --workspace=, prefix d" "db-1" "web1" "$cli --workspace=$tmp/ws.sqlite ticket new --host d" \
        "group names and their parents" "site|site/web" "" "$cli -w $tmp/ws.sqlite check --group s" \
        "directory names for account --directory" "corp" "" "$cli -w $tmp/ws.sqlite account --directory c" \
        "directory names for directory remove" "corp" "" "$cli -w $tmp/ws.sqlite directory remove " \
        "directory names for ticket --directory=" "corp" "" "$cli -w $tmp/ws.sqlite ticket new --directory=" \
        "command after a PostgreSQL address" "ticket" "" "werkbank-cli -w postgresql://u@db:5432/wb ti" \
        "account --host user@host:port is one word" "reset" "policy" "werkbank-cli account --host root@web1:2222 res"
    for command in "${commands[@]}"; do
        printf '%s\037%s\037\037%s\n' "every option of $command --help is offered" "$(long_options "$command")" "werkbank-cli $command --"
    done
    printf '%s\037%s\037\037%s\n' "every option of account --directory --help is offered" \
        "$(long_options account --directory x)" "werkbank-cli account --directory x --"
} >"$cases"

# --- Completing, in a clean shell -------------------------------------------
# $1: "plain" (bash alone: the fallback) or "bash-completion" (_init_completion).
# set -u in the shell catches an unset variable in the completion.
run_cases() {
    bash --norc --noprofile -s -- "$1" "$completion" "$cases" "$tmp" "$cli" <<'DRIVER'
set -u
mode=$1 completion=$2 cases=$3 tmp=$4 cli=$5 failures=0 ran=0
if [[ $mode == bash-completion ]]; then
    source /usr/share/bash-completion/bash_completion
fi
source "$completion"
func=$(complete -p werkbank-cli 2>/dev/null | sed -n 's/.*-F \([^ ]*\).*/\1/p')
[[ -n $func ]] || { echo "FAIL [$mode]: the script does not register a completion for werkbank-cli"; exit 1; }
# Completes LINE (the cursor at its end) as readline would call it: words split
# at blanks, and each run of word-break characters (those of = : @ that are in
# this shell's COMP_WORDBREAKS; bash-completion drops "@") a word of its own:
# "--format=cs" is --format, =, cs. Checked against an interactive bash 5.2.
breaks=''
for c in = : @; do [[ $COMP_WORDBREAKS == *"$c"* ]] && breaks+=$c; done
complete_line() {
    local line=$1 raw r
    COMP_WORDS=()
    read -ra raw <<<"$line"
    for r in ${raw[@]+"${raw[@]}"}; do
        while [[ $r =~ ^([^$breaks]*)([$breaks]+)(.*)$ ]]; do
            [[ -n ${BASH_REMATCH[1]} ]] && COMP_WORDS+=("${BASH_REMATCH[1]}")
            COMP_WORDS+=("${BASH_REMATCH[2]}")
            r=${BASH_REMATCH[3]}
        done
        [[ -n $r ]] && COMP_WORDS+=("$r")
    done
    [[ $line == *' ' ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) COMP_LINE=$line COMP_POINT=${#line} COMPREPLY=()
    "$func" werkbank-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
}
# What readline makes of the line with the only answer: it replaces the text
# after the last break character (for "@", from the "@" on: a special prefix).
completed_line() {
    local line=$1 text=${1##*[[:space:]$breaks]}
    [[ $line =~ @[^[:space:]$breaks]*$ && $breaks == *@* ]] && text=${BASH_REMATCH[0]}
    complete_line "$line"
    ((${#COMPREPLY[@]} == 1)) && echo "${line%"$text"}${COMPREPLY[0]}" || echo "(${#COMPREPLY[@]} answers)"
}
while IFS=$'\037' read -r desc want avoid line; do
    ran=$((ran + 1))
    complete_line "$line"
    got=$(printf '%s|' ${COMPREPLY[@]+"${COMPREPLY[@]}"})
    bad=''
    IFS='|' read -ra words <<<"$want"
    for w in ${words[@]+"${words[@]}"}; do [[ "|$got" == *"|$w|"* ]] || bad+=" missing '$w';"; done
    IFS='|' read -ra words <<<"$avoid"
    for w in ${words[@]+"${words[@]}"}; do [[ "|$got" == *"|$w|"* ]] && bad+=" unexpected '$w';"; done
    if [[ -n $bad ]]; then
        echo "FAIL [$mode] $desc ('$line'):$bad offered: ${got%|}"
        failures=$((failures + 1))
    else
        echo "ok [$mode] $desc"
    fi
done <"$cases"
if ((ran != $(wc -l <"$cases"))); then
    echo "FAIL [$mode] ran $ran of the $(wc -l <"$cases") cases"
    failures=$((failures + 1))
fi

# Answers with word-break characters in the argument, applied as readline would:
# each line, then what it must become.
checks=("werkbank-cli put --host h $tmp/files/img@" "werkbank-cli put --host h $tmp/files/img@2x.png"
    "werkbank-cli put --host h $tmp/files/img@2" "werkbank-cli put --host h $tmp/files/img@2x.png"
    "werkbank-cli --lang=e" "werkbank-cli --lang=en"
    "werkbank-cli account --host root@web1:2222 reset-f" "werkbank-cli account --host root@web1:2222 reset-failures"
    "$cli -w $tmp/ws.sqlite run --host=w" "$cli -w $tmp/ws.sqlite run --host=web1")
for ((i = 0; i < ${#checks[@]}; i += 2)); do
    got=$(completed_line "${checks[i]}")
    [[ $got == "${checks[i + 1]}" ]] && echo "ok [$mode] '${checks[i]}' becomes '$got'" ||
        { echo "FAIL [$mode] '${checks[i]}' becomes '$got', not '${checks[i + 1]}'"; failures=$((failures + 1)); }
done

# The default workspace (Workspace::defaultPath() under XDG_DATA_HOME).
XDG_DATA_HOME=$tmp/xdg complete_line "$cli run --host "
[[ " ${COMPREPLY[*]-} " == *" web1 "* ]] && echo "ok [$mode] host names from the default workspace" ||
    { echo "FAIL [$mode] no host names from the default workspace: ${COMPREPLY[*]-}"; failures=$((failures + 1)); }

# Safety: the stand-in CLI leaves $tmp/called when run. It must run for a
# workspace file (or the checks below prove nothing), and must not run for a
# missing default workspace, a PostgreSQL address, or with the switch off.
cd "$tmp" || exit 1
complete_line "$tmp/fake-cli -w $tmp/ws.sqlite run --host "
[[ -e $tmp/called ]] && echo "ok [$mode] runs the CLI for a workspace file" ||
    { echo "FAIL [$mode] '$tmp/fake-cli -w $tmp/ws.sqlite run --host ' did not run the CLI"; failures=$((failures + 1)); }
rm -f "$tmp/called"
# Another program's SQLite database, and a text file: opening either would make it a workspace.
printf 'SQLite format 3\0%4096s' '' >"$tmp/other.sqlite"
echo 'not a database' >"$tmp/notes.txt"
for line in "$tmp/fake-cli run --host " "$tmp/fake-cli -w postgresql://u@db/werkbank run --host " \
    "$tmp/fake-cli -w $tmp/other.sqlite run --host " "$tmp/fake-cli -w $tmp/notes.txt hosts --group " \
    "$tmp/fake-cli --workspace=dbname=wb run --group " "$tmp/fake-cli -w dbname=wb ticket list --host "; do
    complete_line "$line"
    [[ -e $tmp/called ]] && { echo "FAIL [$mode] '$line' ran the CLI"; failures=$((failures + 1)); rm -f "$tmp/called"; } ||
        echo "ok [$mode] does not run the CLI for '$line'"
done
WERKBANK_CLI_COMPLETE_NAMES=0 complete_line "$tmp/fake-cli -w $tmp/ws.sqlite run --host "
[[ -e $tmp/called ]] && { echo "FAIL [$mode] WERKBANK_CLI_COMPLETE_NAMES=0 still ran the CLI"; failures=$((failures + 1)); } ||
    echo "ok [$mode] WERKBANK_CLI_COMPLETE_NAMES=0 switches host names off"
echo "done [$mode]: $failures failure(s)"
exit $((failures > 0))
DRIVER
}

run_cases plain || fail "cases without bash-completion (see above)"
if [[ -r /usr/share/bash-completion/bash_completion ]]; then
    run_cases bash-completion || fail "cases with bash-completion (see above)"
else
    echo "skip: /usr/share/bash-completion/bash_completion is not installed"
fi
[[ -e $HOME/.local/share/Werkbank/werkbank/workspace.sqlite ]] && fail "completing created a default workspace under HOME"

if ((failures > 0)); then
    echo "completion-test: $failures failure(s)"
    exit 1
fi
echo "completion-test: all passed"
