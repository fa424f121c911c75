#!/usr/bin/env bash
# tst_package: makes the two Debian packages from this build with cpack (what the `package`
# target and ./scripts/package do), unpacks them into a throwaway root (dpkg -x) and runs
# both programs from there; checks what each package holds and depends on.
#   package-test.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

builder_home=$HOME
arch=$(dpkg --print-architecture)
version=$(cat "$build/app/WerkbankVersion.h.txt")
[[ -n $version ]] || fail "no version stamped in $build/app/WerkbankVersion.h.txt"
cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
gui=$work/out/werkbank_${version}_$arch.deb
cli=$work/out/werkbank-cli_${version}_$arch.deb
[[ -f $gui && -f $cli ]] || { ls -l "$work/out"; fail "expected werkbank_${version}_$arch.deb and werkbank-cli_${version}_$arch.deb"; }

# What each package holds: the window's files in one, the command line's in the other.
dpkg-deb -c "$gui" | awk '{print $6}' >"$work/gui.files"
dpkg-deb -c "$cli" | awk '{print $6}' >"$work/cli.files"
for f in ./usr/bin/werkbank ./usr/share/man/man1/werkbank.1.gz ./usr/share/applications/nl.werkbank.Werkbank.desktop \
         ./usr/share/metainfo/nl.werkbank.Werkbank.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/werkbank.svg; do
  grep -qxF "$f" "$work/gui.files" || fail "werkbank package lacks $f"
done
for f in ./usr/bin/werkbank-cli ./usr/share/man/man1/werkbank-cli.1.gz ./usr/share/bash-completion/completions/werkbank-cli; do
  grep -qxF "$f" "$work/cli.files" || fail "werkbank-cli package lacks $f"
done
grep -qxF ./usr/bin/werkbank "$work/cli.files" && fail "werkbank-cli package holds the window's program"

# Dependencies: dpkg-shlibdeps' libraries with their versions, the window's on its command line.
gui_depends=$(dpkg-deb -f "$gui" Depends)
cli_depends=$(dpkg-deb -f "$cli" Depends)
echo "werkbank Depends: $gui_depends"
echo "werkbank-cli Depends: $cli_depends"
[[ $gui_depends == *"werkbank-cli (= $version)"* ]] || fail "werkbank does not depend on werkbank-cli (= $version)"
for lib in libssh-4 libqt6widgets6 libvterm0 libqt6keychain1 libldap-2.5-0 libpq5 libc6; do
  [[ $gui_depends =~ (^|, )$lib\ \(\>=\ [0-9] ]] || fail "werkbank's dependencies lack $lib (>= …) from dpkg-shlibdeps"
done
for lib in libssh-4 libqt6core6 libqt6sql6 libldap-2.5-0; do
  [[ $cli_depends =~ (^|, )$lib\ \(\>=\ [0-9] ]] || fail "werkbank-cli's dependencies lack $lib (>= …) from dpkg-shlibdeps"
done
[[ $cli_depends == *libqt6widgets6* || $cli_depends == *libqt6gui6* ]] && fail "werkbank-cli depends on Qt's GUI libraries"
[[ $gui_depends == *libqt6sql6-sqlite* && $cli_depends == *libqt6sql6-sqlite* ]] || fail "the SQLite driver plugin is not a dependency"

root=$work/root
dpkg -x "$cli" "$root"
dpkg -x "$gui" "$root"
for program in werkbank werkbank-cli; do
  if readelf -d "$root/usr/bin/$program" | grep -qE 'RPATH|RUNPATH'; then fail "$program keeps a build RPATH"; fi
done

# Both programs run from the unpacked root, with nothing of the build around them.
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime LC_ALL=C.UTF-8 LANG=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
run() { env -i HOME="$HOME" XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR" LC_ALL=C.UTF-8 LANG=C.UTF-8 PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen "$@"; }
out=$(run "$root/usr/bin/werkbank-cli" --version)
[[ $out == "werkbank-cli $version" ]] || fail "werkbank-cli --version said “$out”, not “werkbank-cli $version”"
echo "werkbank-cli --version: $out"
out=$(run "$root/usr/bin/werkbank" --version)
[[ $out == "werkbank $version" ]] || fail "werkbank --version said “$out”"
# The translations travel inside the programs.
run "$root/usr/bin/werkbank-cli" --lang nl --help | grep -q '^Opdrachten:' || fail "werkbank-cli --lang nl --help is not in Dutch"
run "$root/usr/bin/werkbank-cli" --workspace "$work/ws.sqlite" hosts >/dev/null || fail "werkbank-cli hosts on a new workspace failed"
run "$root/usr/bin/werkbank" --workspace "$work/ws.sqlite" --screenshot "$work/shot.png" || fail "werkbank --screenshot failed"
[[ $(file -b "$work/shot.png") == "PNG image data, "* ]] || fail "werkbank --screenshot wrote no PNG: $(file -b "$work/shot.png")"
echo "werkbank --screenshot: $(file -b "$work/shot.png")"

# The menu entry, the AppStream file (with the .desktop it launches), both with Dutch.
desktop=$root/usr/share/applications/nl.werkbank.Werkbank.desktop
validated=$(desktop-file-validate "$desktop") || fail "desktop-file-validate: $validated"
grep -v 'hint:' <<<"$validated" && fail "desktop-file-validate complains"
grep -qx 'Categories=System;Network;RemoteAccess;' "$desktop" || fail "the .desktop file's categories"
grep -q '^Comment\[nl\]=' "$desktop" || fail "the .desktop file has no Dutch"
grep -q 'xml:lang="nl"' "$root/usr/share/metainfo/nl.werkbank.Werkbank.metainfo.xml" || fail "the metainfo has no Dutch"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree --no-net"

# Man pages named after their programs, with the options from --help.
for program in werkbank werkbank-cli; do
  page=$(zcat "$root/usr/share/man/man1/$program.1.gz")
  grep -A1 '^\.SH NAME' <<<"$page" | grep -qF "$program \\- " || fail "$program.1 NAME line: $(grep -A1 '^\.SH NAME' <<<"$page")"
  grep -q 'workspace' <<<"$page" || fail "$program.1 lacks the --workspace option"
  grep -qF "$builder_home" <<<"$page" && fail "$program.1 names the builder's home folder"
done
zcat "$root/usr/share/man/man1/werkbank.1.gz" | grep -qF '~/.local/share/Werkbank/werkbank/workspace.sqlite' || fail "werkbank.1's default workspace path is broken"

# The completion offers the commands from the unpacked root.
completion=$root/usr/share/bash-completion/completions/werkbank-cli
bash -n "$completion" || fail "the bash completion does not parse"
words=$(bash --norc --noprofile -c 'source "$1"; COMP_WORDS=(werkbank-cli im); COMP_CWORD=1; COMP_LINE="werkbank-cli im"; COMP_POINT=${#COMP_LINE}
  f=$(complete -p werkbank-cli | sed -E "s/.*-F ([^ ]+).*/\1/"); "$f" werkbank-cli im werkbank-cli; echo "${COMPREPLY[*]}"' _ "$completion")
[[ $words == *import* ]] || fail "completing “werkbank-cli im” gave “$words”"
echo "PASS: werkbank_${version} and werkbank-cli_${version} built, unpacked and run"
