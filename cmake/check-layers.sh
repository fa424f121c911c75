#!/usr/bin/env bash
# Fails when a layer includes headers it must not see (DESIGN.md):
#   core/   no QtGui, no QtWidgets
#   models/ no QtWidgets
# Usage: check-layers.sh SOURCE_DIR QT_INCLUDE_DIR
set -uo pipefail
src=$1
qt=$2
status=0

# A header is "forbidden" for a layer if it names a forbidden module or exists
# as a class header in that module's include folder (<QIcon> is QtGui).
check() {
  local layer=$1; shift
  local modules=("$@")
  [[ -d $src/$layer ]] || return 0
  while IFS= read -r line; do
    local file=${line%%:*}
    local header
    header=$(sed -E 's/.*#\s*include\s*<([^>]+)>.*/\1/' <<<"${line#*:}")
    for module in "${modules[@]}"; do
      if [[ $header == "$module/"* || -f $qt/$module/$header ]]; then
        echo "layering violation: $file includes <$header> ($module is not allowed in $layer/)"
        status=1
      fi
    done
  done < <(grep -rnE '^\s*#\s*include\s*<Q' "$src/$layer" --include='*.h' --include='*.cpp' | sed -E 's/^([^:]+):[0-9]+:/\1:/')
}

check core QtGui QtWidgets
check models QtWidgets
exit $status
