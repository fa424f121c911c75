#include "core/tickets/TicketCategories.h"

#include "core/storage/SqlDialect.h"
#include "core/tickets/TicketCategoryNames.h"
#include "core/tickets/TicketRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace wb {

using namespace ticketrows;

TicketCategories::TicketCategories(QSqlDatabase db, const std::source_location &caller) : m_db(std::move(db))
{
    checkNotOnGuiThread("TicketCategories", caller);
}

QList<TicketCategory> TicketCategories::list(QString *error) const
{
    QList<TicketCategory> all;
    if (!isOpen(m_db, error))
        return all;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, coalesce(parent_id, 0), name, coalesce(builtin, '') FROM ticket_categories ORDER BY name"))) {
        fail(error, tr("The categories could not be read: %1").arg(sql::errorText(q.lastError())));
        return all;
    }
    while (q.next())
        all.append(TicketCategory{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    return all;
}

QString TicketCategories::path(CategoryId id, CategoryNames names) const
{
    QStringList path;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(parent_id, 0), name, coalesce(builtin, '') FROM ticket_categories WHERE id = ?"));
    for (int depth = 0; id != 0 && depth < 32; ++depth) { // 32: a cycle cannot loop forever
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            break;
        const TicketCategory category{id, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
        path.prepend(TicketCategoryNames::name(category, names));
        id = category.parentId;
    }
    return path.join(QStringLiteral(" / "));
}

QHash<CategoryId, QString> TicketCategories::paths(QString *error, CategoryNames names) const
{
    return pathsOf(list(error), [names](const TicketCategory &category) { return TicketCategoryNames::name(category, names); });
}

QHash<CategoryId, QString> TicketCategories::pathsOf(const QList<TicketCategory> &categories,
                                                const std::function<QString(const TicketCategory &)> &nameOf)
{
    QHash<CategoryId, TicketCategory> byId;
    for (const TicketCategory &category : categories)
        byId.insert(category.id, category);
    QHash<CategoryId, QString> paths;
    for (const TicketCategory &category : std::as_const(byId)) {
        QStringList names{nameOf(category)};
        CategoryId parent = category.parentId;
        for (int depth = 0; parent != 0 && byId.contains(parent) && depth < 32; ++depth) { // 32: a cycle cannot loop forever
            names.prepend(nameOf(byId.value(parent)));
            parent = byId.value(parent).parentId;
        }
        paths.insert(category.id, names.join(QStringLiteral(" / ")));
    }
    return paths;
}

bool TicketCategories::nameTaken(const QList<TicketCategory> &categories, CategoryId parent, const QString &name, CategoryId self)
{
    // A built-in sibling counts under its stored and its shown name: "Netwerk"
    // beside the built-in Network would show as two equal entries in Dutch.
    return std::any_of(categories.cbegin(), categories.cend(), [&](const TicketCategory &sibling) {
        return sibling.parentId == parent && sibling.id != self
               && (sibling.name.compare(name, Qt::CaseInsensitive) == 0
                   || TicketCategoryNames::shown(sibling).compare(name, Qt::CaseInsensitive) == 0);
    });
}

bool TicketCategories::add(TicketCategory *category, QString *error)
{
    if (!isOpen(m_db, error))
        return false;
    category->name = category->name.trimmed();
    if (category->name.isEmpty() || category->name.contains(QLatin1Char('/')))
        return fail(error, tr("A category needs a name without “/”."));
    if (nameTaken(list(), category->parentId, category->name, 0))
        return fail(error, tr("There already is a category “%1” there.").arg(category->name));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO ticket_categories (parent_id, name) VALUES (?, ?) RETURNING id"));
    q.addBindValue(category->parentId > 0 ? QVariant(category->parentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(category->name);
    if (!q.exec())
        return fail(error, tr("There already is a category “%1” there.").arg(category->name));
    category->id = sql::returnedId(q);
    return true;
}

bool TicketCategories::rename(CategoryId id, const QString &name, QString *error, const std::optional<QString> &basedOn)
{
    if (!isOpen(m_db, error))
        return false;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('/')))
        return fail(error, tr("A category needs a name without “/”."));
    const QList<TicketCategory> all = list();
    const auto renamed = std::find_if(all.cbegin(), all.cend(), [id](const TicketCategory &c) { return c.id == id; });
    if (renamed == all.cend())
        return fail(error, tr("That category no longer exists."));
    const auto renamedElsewhere = [&] {
        return fail(error, tr("The category “%1” was renamed elsewhere since it was shown; your name was not saved.").arg(*basedOn));
    };
    if (basedOn && renamed->name != *basedOn)
        return renamedElsewhere();
    if (nameTaken(all, renamed->parentId, trimmed, id))
        return fail(error, tr("There already is a category “%1” there.").arg(trimmed));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE ticket_categories SET name = ?, builtin = NULL WHERE id = ? AND name = ?"));
    q.addBindValue(trimmed);
    q.addBindValue(id);
    q.addBindValue(basedOn.value_or(renamed->name));
    if (!q.exec())
        return fail(error, tr("There already is a category “%1” there.").arg(trimmed));
    if (q.numRowsAffected() == 1)
        return true;
    return basedOn ? renamedElsewhere() : fail(error, tr("That category no longer exists."));
}

bool TicketCategories::remove(CategoryId id, QString *error)
{
    if (!isOpen(m_db, error))
        return false;
    // Its subcategories go with it; its tickets keep no category.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM ticket_categories WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(error, tr("The category could not be deleted: %1").arg(sql::errorText(q.lastError())));
    return q.numRowsAffected() == 1 || fail(error, tr("That category no longer exists."));
}

} // namespace wb
