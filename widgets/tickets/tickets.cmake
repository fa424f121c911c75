# widgets/tickets: the ticket editor (owned by widgets/CMakeLists.txt's include).
list(APPEND WERKBANK_TICKETS_WIDGET_SOURCES
  tickets/TicketEditor.h tickets/TicketEditor.cpp
  tickets/TicketWorkLogPanel.h tickets/TicketWorkLogPanel.cpp
  tickets/ArticleSuggestions.h tickets/ArticleSuggestions.cpp
  tickets/TicketSettingsDialog.h tickets/TicketSettingsDialog.cpp
  tickets/KnowledgeBaseDialog.h tickets/KnowledgeBaseDialog.cpp
)
