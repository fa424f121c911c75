#pragma once

#include "core/storage/GuiThreadCheck.h"
#include "core/tickets/Ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>
#include <QSqlDatabase>

#include <functional>

namespace wb {

// The workspace's ticket categories: a tree of names, each unique among its
// siblings (as stored and as shown: a built-in category shows in the UI's
// language), and the paths that name them ("Account / Password").
class TicketCategories
{
    Q_DECLARE_TR_FUNCTIONS(wb::TicketCategories)
public:
    explicit TicketCategories(QSqlDatabase db, const std::source_location &caller = std::source_location::current());

    QList<TicketCategory> list(QString *error = nullptr) const;
    bool add(TicketCategory *category, QString *error);
    // A renamed built-in category is the user's from then on: shown as written.
    // With `basedOn` (the stored name the user saw), only while the category
    // still has that name: a rename elsewhere meanwhile is refused, not overwritten.
    bool rename(CategoryId id, const QString &name, QString *error, const std::optional<QString> &basedOn = std::nullopt);
    // Its subcategories go with it; its tickets keep no category.
    bool remove(CategoryId id, QString *error);
    // "Account / Password" ("Account / Wachtwoord" in a Dutch window).
    QString path(CategoryId id, CategoryNames names = CategoryNames::Shown) const;
    // Every category's path, from one read (for lists and lookups by path).
    QHash<CategoryId, QString> paths(QString *error = nullptr, CategoryNames names = CategoryNames::Shown) const;
    // The paths of `categories` (as list() read them), each name as `nameOf` gives it.
    static QHash<CategoryId, QString> pathsOf(const QList<TicketCategory> &categories,
                                              const std::function<QString(const TicketCategory &)> &nameOf);

private:
    // Whether a category under `parent` other than `self` already has `name`, as stored or as shown.
    static bool nameTaken(const QList<TicketCategory> &categories, CategoryId parent, const QString &name, CategoryId self);

    QSqlDatabase m_db;
};

} // namespace wb
