# core/terminal: the terminal screen on libvterm (no GUI).
set(WERKBANK_TERMINAL_SOURCES)
list(APPEND WERKBANK_TERMINAL_SOURCES
  terminal/TerminalCell.h
  terminal/ScreenBuffer.cpp terminal/ScreenBuffer.h
  terminal/Scrollback.cpp terminal/Scrollback.h
  terminal/CsiGuard.cpp terminal/CsiGuard.h
  terminal/TerminalScreen.cpp terminal/TerminalScreen.h
  terminal/TerminalScreenText.cpp
)
