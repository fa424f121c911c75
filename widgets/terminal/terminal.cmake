# widgets/terminal: the terminal view.
set(WERKBANK_TERMINAL_WIDGET_SOURCES)
list(APPEND WERKBANK_TERMINAL_WIDGET_SOURCES
  terminal/TerminalView.cpp terminal/TerminalViewInput.cpp terminal/TerminalView.h
  terminal/TerminalRenderer.cpp terminal/TerminalRenderer.h
  terminal/TerminalFindBar.cpp terminal/TerminalFindBar.h
)
