#pragma once

#include "core/tickets/Ticket.h"

class QTranslator;

namespace wb {

// The names of the categories a workspace comes with. They are stored in
// English (migrations do not depend on a language) with a key, and shown in
// the UI language; a category the user made or renamed shows as written.
namespace TicketCategoryNames {
// As the user sees it now (QCoreApplication's translators).
QString shown(const TicketCategory &category);
// In the language of `translator` (a built-in one's English name when it has none).
QString in(const TicketCategory &category, const QTranslator &translator);
QString name(const TicketCategory &category, CategoryNames names);
// In the order of their shown names, by the UI locale's collation: built-in
// categories sort among the user's by what the user reads.
void sortAsShown(QList<TicketCategory> *categories);
} // namespace TicketCategoryNames

} // namespace wb
