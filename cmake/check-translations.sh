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
# The words the glossary rules out (its last column) must not be in a Dutch translation.
python3 - "$src/translations/GLOSSARY-nl.md" "$scratch/werkbank_nl.ts" <<'PY'
import re, sys
import xml.etree.ElementTree as ET
rows = [line for line in open(sys.argv[1], encoding='utf-8') if line.startswith('| ')][1:]  # after the header row
forbidden = []
for row in rows:
    cells = re.split(r'(?<!\\)\|', row.strip())  # a cell may hold an escaped \|
    ruled_out = cells[3].strip().replace('\\|', '|') if len(cells) > 3 else ''
    forbidden += [word for word in ruled_out.split(', ') if word]
if not forbidden:
    sys.exit('translations/GLOSSARY-nl.md lists no words to avoid; the check cannot run')
texts = []
for message in ET.parse(sys.argv[2]).getroot().iter('message'):
    translation = message.find('translation')
    texts += [t for t in [translation.text] + [form.text for form in translation.findall('numerusform')] if t and t.strip()]
bad = False
for word in forbidden:
    # An accelerator must not hide a word: "Om&schrijving" is "Omschrijving".
    hits = [t for t in texts if re.search(word, t.replace('&', ''), re.IGNORECASE)]
    if hits:
        bad = True
        print(f'The glossary rules out “{word}”, which these Dutch translations use:')
        for hit in hits[:5]:
            print('  ' + hit.replace('\n', ' '))
sys.exit(1 if bad else 0)
PY
echo "Dutch translation complete"
