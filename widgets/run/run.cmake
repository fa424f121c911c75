# widgets/run: running a command on many hosts, and the snippet library.
list(APPEND WERKBANK_RUN_WIDGET_SOURCES
  run/RunView.h run/RunView.cpp
  run/RunHostKeysDialog.h run/RunHostKeysDialog.cpp
  run/RunCommandDialog.h run/RunCommandDialog.cpp
  run/RunPreferences.h run/RunPreferences.cpp
  run/SnippetEditor.h run/SnippetEditor.cpp
  run/SnippetMenu.h run/SnippetMenu.cpp
  run/SaveSnippetDialog.h run/SaveSnippetDialog.cpp
  run/SnippetLibraryDialog.h run/SnippetLibraryDialog.cpp
)
