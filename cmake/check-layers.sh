#!/usr/bin/env bash
# Fails when a layer includes headers it must not see (DESIGN.md):
#   core/   no QtGui, no QtWidgets
#   models/ no QtWidgets
#   widgets/, models/  no SQL (QSql*, ->database()), no store or backend built there:
#                      the window reaches the workspace through the services
#                      app/ builds (WorkspaceThread and its facades)
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

# The window's SQL runs on the workspace thread: nothing in widgets/ or
# models/ names a connection or constructs a store.
no_sql() {
  local layer=$1
  [[ -d $src/$layer ]] || return 0
  while IFS= read -r hit; do
    echo "layering violation: ${hit%%:*} reaches past the services (${hit#*:}); app/ builds those and hands them over"
    status=1
  done < <(grep -rnoE '#\s*include\s*<QSql[A-Za-z]*>|\bQSql(Database|Query)\b|->database\(\)|\b(TicketStore|SnippetStore|KnowledgeBase|AuditLog|TicketWorkLogger|WorkspaceSettings|Workspace|CredentialStore)(\s*[({]|\s+\w+\s*[({])|new (CredentialStore|TicketPager|WorkspaceThread|LinuxSshAccountBackend)\b' \
             "$src/$layer" --include='*.h' --include='*.cpp' | sed -E 's/^([^:]+):[0-9]+:/\1:/')
}

check core QtGui QtWidgets
check models QtWidgets
no_sql widgets
no_sql models
exit $status
