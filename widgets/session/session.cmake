# widgets/session: SSH session tabs and the dialogs a connection needs.
list(APPEND WERKBANK_SESSION_WIDGET_SOURCES
  session/SessionTab.h session/SessionTab.cpp
  session/HostKeyDialog.h session/HostKeyDialog.cpp
  session/SecretDialog.h session/SecretDialog.cpp
  session/ConnectionSettingsDialog.h session/ConnectionSettingsDialog.cpp
)
