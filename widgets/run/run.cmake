# widgets/run: running a command on many hosts.
list(APPEND WERKBANK_RUN_WIDGET_SOURCES
  run/RunView.h run/RunView.cpp
  run/RunHostKeysDialog.h run/RunHostKeysDialog.cpp
  run/RunCommandDialog.h run/RunCommandDialog.cpp
)
