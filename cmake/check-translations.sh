#!/usr/bin/env bash
# Fails when a user-visible string has no Dutch translation: runs lupdate on the
# sources into a scratch copy of werkbank_nl.ts (the real file is untouched)
# and looks for unfinished entries.
# Usage: check-translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
src=$1
lupdate=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$src/translations/werkbank_nl.ts" "$scratch/werkbank_nl.ts"
(cd "$src" && "$lupdate" -silent -locations none -no-obsolete -I . core models widgets app -ts "$scratch/werkbank_nl.ts")
unfinished=$(grep -c 'type="unfinished"' "$scratch/werkbank_nl.ts" || true)
if [[ $unfinished != 0 ]]; then
  echo "$unfinished string(s) lack a Dutch translation; run scripts/update-translations and translate them:"
  grep -B3 'type="unfinished"' "$scratch/werkbank_nl.ts" | grep '<source>' | head -20
  exit 1
fi
echo "Dutch translation complete"
