#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace wb {

// Copies a workspace into another, typically a personal SQLite file into a
// team workspace on PostgreSQL (`werkbank-cli workspace copy`): groups,
// hosts with their jump hosts, ticket categories, tickets with their hosts
// and work logs, knowledge-base articles, snippets, audit records with their
// original operators, and the shared settings. One transaction on the target:
// all of it or nothing.
//
// Into an empty target every row keeps its id. With merge, the target keeps
// what it has: groups and categories at the same path and hosts of the same
// name in the same group are taken as the same (the copy's tickets link to
// them), snippets of the same name and settings already set are left as they
// are, audit actions already there are not added twice; everything else is
// added under new ids.
class WorkspaceCopy
{
    Q_DECLARE_TR_FUNCTIONS(wb::WorkspaceCopy)
public:
    struct Report {
        QMap<QString, int> added; // per table
        QMap<QString, int> kept;  // rows the target already had (merge)
    };

    WorkspaceCopy(QSqlDatabase from, QSqlDatabase to);

    // False when the target holds data of its own: copy with merge, or into another.
    bool targetIsEmpty(QString *error) const;
    bool copy(bool merge, Report *report, QString *error);

private:
    QSqlDatabase m_from;
    QSqlDatabase m_to;
};

} // namespace wb
