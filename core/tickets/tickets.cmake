# core/tickets: helpdesk tickets (owned by core/CMakeLists.txt's include).
list(APPEND WERKBANK_TICKETS_SOURCES
  tickets/Ticket.h
  tickets/PriorityMatrix.h tickets/PriorityMatrix.cpp
  tickets/TicketWorkflow.h tickets/TicketWorkflow.cpp
  tickets/SlaPolicy.h tickets/SlaPolicy.cpp
  tickets/TicketRows.h
  tickets/TicketStore.h tickets/TicketStore.cpp tickets/TicketQueries.cpp
  tickets/KnowledgeBase.h tickets/KnowledgeBase.cpp
  tickets/TicketPager.h tickets/TicketPager.cpp
  tickets/TicketWorkLogger.h tickets/TicketWorkLogger.cpp
  tickets/ActiveTicket.h tickets/ActiveTicket.cpp
  tickets/AsyncKnowledgeBase.h tickets/AsyncKnowledgeBase.cpp
  tickets/AsyncTicketStore.h tickets/AsyncTicketStore.cpp
  tickets/TicketSave.h tickets/TicketSave.cpp
)
