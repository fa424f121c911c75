#include "core/storage/WorkspaceCopy.h"

#include "core/storage/SqlDialect.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace wb {

namespace {

using IdMap = QHash<qint64, qint64>;

struct Table {
    QStringList columns; // those both workspaces have
    QList<QVariantList> rows;
    int index(const QString &column) const { return int(columns.indexOf(column)); }
};

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    QStringList columns;
    if (q.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table))) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
    }
    return columns;
}

bool readTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table, Table *out, QString *error)
{
    const QStringList target = columnsOf(to, table);
    for (const QString &column : columnsOf(from, table)) {
        if (target.contains(column))
            out->columns << column;
    }
    if (out->columns.isEmpty())
        return sql::fail(error, WorkspaceCopy::tr("The table %1 cannot be read in both workspaces.").arg(table));
    QSqlQuery q(from);
    q.setForwardOnly(true);
    const bool hasId = out->columns.contains(QLatin1String("id"));
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2%3").arg(out->columns.join(QStringLiteral(", ")), table,
                                                         hasId ? QStringLiteral(" ORDER BY id") : QString())))
        return sql::fail(error, WorkspaceCopy::tr("Cannot read %1: %2").arg(table, sql::errorText(q.lastError())));
    while (q.next()) {
        QVariantList row;
        row.reserve(out->columns.size());
        for (int i = 0; i < out->columns.size(); ++i)
            row << q.value(i);
        out->rows << row;
    }
    return true;
}

// Parents before children: a row waits until the row it names in `parent` is placed.
QList<QVariantList> parentsFirst(const Table &table, const QString &parent)
{
    const int id = table.index(QStringLiteral("id"));
    const int up = table.index(parent);
    QList<QVariantList> ordered;
    QSet<qint64> placed;
    QList<QVariantList> waiting = table.rows;
    while (!waiting.isEmpty()) {
        QList<QVariantList> next;
        for (const QVariantList &row : std::as_const(waiting)) {
            if (row.at(up).isNull() || placed.contains(row.at(up).toLongLong())) {
                ordered << row;
                placed.insert(row.at(id).toLongLong());
            } else {
                next << row;
            }
        }
        if (next.size() == waiting.size()) { // a loop cannot be placed: keep its rows, at the top
            for (QVariantList row : std::as_const(next)) {
                row[up] = QVariant(QMetaType::fromType<qint64>());
                ordered << row;
                placed.insert(row.at(id).toLongLong());
            }
            break;
        }
        waiting = next;
    }
    return ordered;
}

// One prepared INSERT per table, bound row by row: one round trip a row on PostgreSQL.
class Inserter
{
public:
    Inserter(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QString &onConflict = {})
        : m_query(db), m_table(table)
    {
        const QStringList marks(columns.size(), QStringLiteral("?"));
        m_returning = columnsOf(db, table).contains(QLatin1String("id"));
        m_query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4%5")
                            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")), onConflict,
                                 m_returning ? QStringLiteral(" RETURNING id") : QString()));
    }
    // The new row's id (0 for a table without one); nullopt on a conflict skipped.
    std::optional<qint64> insert(const QVariantList &values, QString *error, bool *failed)
    {
        for (const QVariant &value : values)
            m_query.addBindValue(value);
        if (!m_query.exec()) {
            *failed = true;
            sql::fail(error, WorkspaceCopy::tr("Cannot copy into %1: %2").arg(m_table, sql::errorText(m_query.lastError())));
            return std::nullopt;
        }
        if (!m_returning)
            return m_query.numRowsAffected() > 0 ? std::optional<qint64>(0) : std::nullopt;
        const qint64 id = sql::returnedId(m_query);
        return id != 0 ? std::optional<qint64>(id) : std::nullopt;
    }

private:
    QSqlQuery m_query;
    QString m_table;
    bool m_returning = false;
};

QVariant mapped(const QVariant &value, const IdMap &map)
{
    if (value.isNull())
        return value;
    const auto it = map.constFind(value.toLongLong());
    return it == map.cend() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(*it);
}

// The target's rows of a tree or list table by their natural key.
bool readKeys(const QSqlDatabase &db, const QString &sql, QHash<QString, qint64> *keys, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sql::fail(error, sql::errorText(q.lastError()));
    while (q.next())
        keys->insert(q.value(0).toString(), q.value(1).toLongLong());
    return true;
}

QString key(const QVariant &parent, const QVariant &name)
{
    return QString::number(parent.isNull() ? 0 : parent.toLongLong()) + QLatin1Char('/') + name.toString();
}

} // namespace

WorkspaceCopy::WorkspaceCopy(QSqlDatabase from, QSqlDatabase to)
    : m_from(std::move(from)), m_to(std::move(to))
{
}

bool WorkspaceCopy::targetIsEmpty(QString *error) const
{
    QSqlQuery q(m_to);
    // The categories a workspace comes with are not data of its own.
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM groups) + (SELECT count(*) FROM hosts)"
                               " + (SELECT count(*) FROM tickets) + (SELECT count(*) FROM kb_articles)"
                               " + (SELECT count(*) FROM snippets) + (SELECT count(*) FROM audit_log)"
                               " + (SELECT count(*) FROM workspace_settings)"
                               " + (SELECT count(*) FROM ticket_categories WHERE builtin IS NULL OR id > 8)"))
        || !q.next()) {
        sql::fail(error, sql::errorText(q.lastError()));
        return false;
    }
    return q.value(0).toLongLong() == 0;
}

bool WorkspaceCopy::copy(bool merge, Report *report, QString *error)
{
    QString problem;
    if (!merge && !targetIsEmpty(&problem))
        return sql::fail(error, problem.isEmpty() ? tr("The target workspace already holds data: copy with --merge to add "
                                                       "to it, or into an empty one.")
                                                  : problem);
    static const QStringList tables{QStringLiteral("groups"),         QStringLiteral("hosts"),
                                    QStringLiteral("ticket_categories"), QStringLiteral("tickets"),
                                    QStringLiteral("ticket_hosts"),   QStringLiteral("ticket_worklog"),
                                    QStringLiteral("kb_articles"),    QStringLiteral("snippets"),
                                    QStringLiteral("audit_log"),      QStringLiteral("workspace_settings"),
                                    QStringLiteral("directories"),    QStringLiteral("ticket_directories")};
    QHash<QString, Table> source;
    for (const QString &table : tables) {
        if (!readTable(m_from, m_to, table, &source[table], error))
            return false;
    }
    if (!m_to.transaction())
        return sql::fail(error, sql::errorText(m_to.lastError()));
    bool failed = false;
    auto abandon = [&] {
        m_to.rollback();
        return false;
    };
    auto giveUp = [&](const QString &message) {
        sql::fail(error, message);
        return abandon();
    };
    QHash<QString, IdMap> ids;              // per table: source id -> target id
    QHash<QString, QSet<qint64>> inserted;  // per table: the source ids added (not kept)
    auto count = [&](const QString &table, bool added) { (added ? report->added : report->kept)[table] += 1; };

    // Copies `table`, mapping the id columns named in `references`; `existing`
    // says which target row (if any) stands for a source row when merging.
    auto copyTable = [&](const QString &table, const QList<QVariantList> &rows, const QHash<QString, QString> &references,
                         const std::function<qint64(const QVariantList &)> &existing, const QString &onConflict) {
        const Table &t = source[table];
        QStringList columns = t.columns;
        const int idColumn = t.index(QStringLiteral("id"));
        if (merge && idColumn >= 0)
            columns.removeAt(idColumn);
        Inserter inserter(m_to, table, columns, onConflict);
        for (QVariantList row : rows) {
            for (auto it = references.cbegin(); it != references.cend(); ++it) {
                const int column = t.index(it.key());
                if (column >= 0 && (merge || it.value() == QLatin1String("later")))
                    row[column] = it.value() == QLatin1String("later") ? QVariant(QMetaType::fromType<qint64>())
                                                                       : mapped(row.at(column), ids.value(it.value()));
            }
            const qint64 sourceId = idColumn >= 0 ? row.at(idColumn).toLongLong() : 0;
            if (merge && existing) {
                if (const qint64 target = existing(row)) {
                    ids[table].insert(sourceId, target);
                    count(table, false);
                    continue;
                }
            }
            if (merge && idColumn >= 0)
                row.removeAt(idColumn);
            const std::optional<qint64> id = inserter.insert(row, error, &failed);
            if (failed)
                return false;
            count(table, id.has_value());
            if (idColumn >= 0 && id) {
                ids[table].insert(sourceId, merge ? *id : sourceId);
                inserted[table].insert(sourceId);
            }
        }
        return true;
    };

    // Trees: parents first, matched by path when merging.
    for (const QString &tree : {QStringLiteral("groups"), QStringLiteral("ticket_categories")}) {
        QHash<QString, qint64> known;
        if (merge && !readKeys(m_to, QStringLiteral("SELECT coalesce(parent_id, 0) || '/' || name, id FROM %1").arg(tree), &known, error))
            return abandon();
        const Table &t = source[tree];
        const int parent = t.index(QStringLiteral("parent_id"));
        const int name = t.index(QStringLiteral("name"));
        auto existing = [&](const QVariantList &row) { return known.value(key(row.at(parent), row.at(name))); };
        if (!merge && tree == QLatin1String("ticket_categories")) {
            // The empty target's own categories give way to the copy's (the same eight, as a rule).
            QSqlQuery clear(m_to);
            if (!clear.exec(QStringLiteral("DELETE FROM ticket_categories")))
                return giveUp(sql::errorText(clear.lastError()));
        }
        if (!copyTable(tree, parentsFirst(t, QStringLiteral("parent_id")), {{QStringLiteral("parent_id"), tree}}, existing, {}))
            return abandon();
    }

    // Hosts: matched by group and name; jump hosts set once every host has its id.
    {
        QHash<QString, qint64> known;
        if (merge && !readKeys(m_to, QStringLiteral("SELECT coalesce(group_id, 0) || '/' || name, id FROM hosts"), &known, error))
            return abandon();
        const Table &t = source[QStringLiteral("hosts")];
        const int group = t.index(QStringLiteral("group_id"));
        const int name = t.index(QStringLiteral("name"));
        auto existing = [&](const QVariantList &row) { return known.value(key(row.at(group), row.at(name))); };
        if (!copyTable(QStringLiteral("hosts"), t.rows,
                       {{QStringLiteral("group_id"), QStringLiteral("groups")}, {QStringLiteral("jump_host_id"), QStringLiteral("later")}},
                       existing, {}))
            return abandon();
        QSqlQuery jump(m_to);
        jump.prepare(QStringLiteral("UPDATE hosts SET jump_host_id = ? WHERE id = ?"));
        const int id = t.index(QStringLiteral("id"));
        const int via = t.index(QStringLiteral("jump_host_id"));
        for (const QVariantList &row : t.rows) {
            // A host the target had already keeps its own jump host.
            if (via < 0 || row.at(via).isNull() || !inserted.value(QStringLiteral("hosts")).contains(row.at(id).toLongLong()))
                continue;
            const QVariant target = mapped(row.at(id), ids.value(QStringLiteral("hosts")));
            jump.addBindValue(mapped(row.at(via), ids.value(QStringLiteral("hosts"))));
            jump.addBindValue(target);
            if (!jump.exec())
                return giveUp(tr("Cannot copy into %1: %2").arg(QStringLiteral("hosts"), sql::errorText(jump.lastError())));
        }
    }

    // Directories: matched by name (unique in a workspace).
    {
        QHash<QString, qint64> known;
        if (merge && !readKeys(m_to, QStringLiteral("SELECT name, id FROM directories"), &known, error))
            return abandon();
        const Table &t = source[QStringLiteral("directories")];
        const int name = t.index(QStringLiteral("name"));
        if (!copyTable(QStringLiteral("directories"), t.rows, {{QStringLiteral("group_id"), QStringLiteral("groups")}},
                       [&](const QVariantList &row) { return known.value(row.at(name).toString()); }, {}))
            return abandon();
    }

    const QHash<QString, QString> ticketRefs{{QStringLiteral("category_id"), QStringLiteral("ticket_categories")}};
    if (!copyTable(QStringLiteral("tickets"), source[QStringLiteral("tickets")].rows, ticketRefs, {}, {})
        || !copyTable(QStringLiteral("ticket_hosts"), source[QStringLiteral("ticket_hosts")].rows,
                      {{QStringLiteral("ticket_id"), QStringLiteral("tickets")}, {QStringLiteral("host_id"), QStringLiteral("hosts")}}, {},
                      QStringLiteral(" ON CONFLICT DO NOTHING"))
        || !copyTable(QStringLiteral("ticket_directories"), source[QStringLiteral("ticket_directories")].rows,
                      {{QStringLiteral("ticket_id"), QStringLiteral("tickets")},
                       {QStringLiteral("directory_id"), QStringLiteral("directories")}},
                      {}, QStringLiteral(" ON CONFLICT DO NOTHING"))
        || !copyTable(QStringLiteral("ticket_worklog"), source[QStringLiteral("ticket_worklog")].rows,
                      {{QStringLiteral("ticket_id"), QStringLiteral("tickets")}}, {}, {})
        || !copyTable(QStringLiteral("kb_articles"), source[QStringLiteral("kb_articles")].rows,
                      {{QStringLiteral("category_id"), QStringLiteral("ticket_categories")},
                       {QStringLiteral("source_ticket_id"), QStringLiteral("tickets")}},
                      {}, {}))
        return abandon();

    QHash<QString, qint64> snippetNames;
    if (merge && !readKeys(m_to, QStringLiteral("SELECT lower(name), id FROM snippets"), &snippetNames, error))
        return abandon();
    const int snippetName = source[QStringLiteral("snippets")].index(QStringLiteral("name"));
    if (!copyTable(QStringLiteral("snippets"), source[QStringLiteral("snippets")].rows, {},
                   [&](const QVariantList &row) { return snippetNames.value(row.at(snippetName).toString().toLower()); }, {}))
        return abandon();

    // Audit records keep their operators (the owner's writes are kept as written).
    // A host's id follows the host; an action already in the target is not added twice.
    {
        Table &audit = source[QStringLiteral("audit_log")];
        const int kind = audit.index(QStringLiteral("target_kind"));
        const int target = audit.index(QStringLiteral("target_id"));
        const int ticket = audit.index(QStringLiteral("ticket_id"));
        if (merge) {
            for (QVariantList &row : audit.rows) {
                if (target >= 0 && kind >= 0 && row.at(kind).toString() == QLatin1String("linux-host"))
                    row[target] = mapped(row.at(target), ids.value(QStringLiteral("hosts")));
                if (target >= 0 && kind >= 0 && row.at(kind).toString() == QLatin1String("directory"))
                    row[target] = mapped(row.at(target), ids.value(QStringLiteral("directories")));
                if (ticket >= 0)
                    row[ticket] = mapped(row.at(ticket), ids.value(QStringLiteral("tickets")));
            }
        }
        if (!copyTable(QStringLiteral("audit_log"), audit.rows, {}, {}, QStringLiteral(" ON CONFLICT (action_id, phase) DO NOTHING")))
            return abandon();
    }
    if (!copyTable(QStringLiteral("workspace_settings"), source[QStringLiteral("workspace_settings")].rows, {}, {},
                   QStringLiteral(" ON CONFLICT (key) DO NOTHING")))
        return abandon();

    // Rows put in under their own ids: the id generators continue after them.
    if (!merge && sqlEngine(m_to) == SqlEngine::PostgreSql) {
        for (const QString &table : tables) {
            if (!source[table].columns.contains(QLatin1String("id")))
                continue;
            QSqlQuery q(m_to);
            if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) FROM %1")
                            .arg(table)))
                return giveUp(sql::errorText(q.lastError()));
        }
    }
    return m_to.commit() || giveUp(sql::errorText(m_to.lastError()));
}

} // namespace wb
