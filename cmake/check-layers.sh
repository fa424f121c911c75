#!/usr/bin/env bash
# Fails when a layer includes headers it must not see (DESIGN.md):
#   core/   no QtGui, no QtWidgets
#   models/ no QtWidgets
#   widgets/, models/  no SQL (QSql*, ->database()), no store, backend, runner or
#                      SSH connection built there:
#                      the window reaches the workspace through the services
#                      app/ builds (WorkspaceThread and its facades)
#   every quoted include names its layer ("core/tickets/TicketStore.h"), and
#   layers include only downwards: core never models/widgets/app, models never
#   widgets/app, widgets never app
#   core/<folder>/ includes only the core folders its CMakeLists links
#   (CORE_LINKS, the core-links.txt the build writes; skipped without it)
# Usage: check-layers.sh SOURCE_DIR QT_INCLUDE_DIR [CORE_LINKS]
set -uo pipefail
src=$1
qt=$2
links=${3:-}
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
  done < <(grep -rnoE '#\s*include\s*<QSql[A-Za-z]*>|\bQSql(Database|Query)\b|->database\(\)|\b(TicketStore|SnippetStore|KnowledgeBase|AuditLog|TicketWorkLogger|WorkspaceSettings|Workspace|CredentialStore)(\s*[({]|\s+\w+\s*[({])|new (CredentialStore|TicketPager|WorkspaceThread|LinuxSshAccountBackend|CommandRunner|SshConnection|SshPool)\b' \
             "$src/$layer" --include='*.h' --include='*.cpp' | sed -E 's/^([^:]+):[0-9]+:/\1:/')
}

# Quoted includes start with their layer; a layer names no layer above it.
layer_names() {
  local layer=$1; shift
  local above=("$@")
  [[ -d $src/$layer ]] || return 0
  while IFS= read -r line; do
    local file=${line%%:*}
    local header
    header=$(sed -E 's/.*#\s*include\s*"([^"]+)".*/\1/' <<<"${line#*:}")
    [[ $header == *.moc || $header == ui_* ]] && continue
    case $header in
      core/*|models/*|widgets/*|app/*|tests/*) ;;
      *) echo "layering violation: $file includes \"$header\" (name the layer: \"core/…\", \"widgets/…\")"; status=1; continue ;;
    esac
    for upper in "${above[@]}"; do
      if [[ $header == "$upper/"* ]]; then
        echo "layering violation: $file includes \"$header\" ($upper/ is above $layer/)"
        status=1
      fi
    done
  done < <(grep -rnE '^\s*#\s*include\s*"' "$src/$layer" --include='*.h' --include='*.cpp' | sed -E 's/^([^:]+):[0-9]+:/\1:/')
}

# A core folder includes only itself and the core folders it links.
core_links() {
  [[ -n $links && -f $links ]] || return 0
  local folder allowed
  while IFS=: read -r folder allowed; do
    [[ -d $src/core/$folder ]] || continue
    while IFS= read -r line; do
      local file=${line%%:*}
      local used
      used=$(sed -E 's/.*#\s*include\s*"core\/([^/"]+)\/.*/\1/' <<<"${line#*:}")
      [[ $used == "$folder" ]] && continue
      if [[ " $allowed " != *" $used "* ]]; then
        echo "layering violation: $file includes core/$used/, which werkbank_core_$folder does not link (it links: ${allowed:- nothing in core})"
        status=1
      fi
    done < <(grep -rnE '^\s*#\s*include\s*"core/' "$src/core/$folder" --include='*.h' --include='*.cpp' | sed -E 's/^([^:]+):[0-9]+:/\1:/')
  done < "$links"
}

layer_names core models widgets app
layer_names models widgets app
layer_names widgets app
layer_names app
core_links

check core QtGui QtWidgets
check models QtWidgets
no_sql widgets
no_sql models
exit $status
