#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace wb {

// The transaction of one change. Rolls back unless commit() is called, so an
// error half-way never leaves half a change behind. Inside an outer batch
// (`nested`), or without a database, it opens nothing and commit() succeeds:
// the batch commits or rolls back as a whole.
class WriteScope
{
    Q_DECLARE_TR_FUNCTIONS(wb::WriteScope)
public:
    WriteScope(QSqlDatabase db, bool nested, QString *error);
    ~WriteScope();
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    bool ok() const { return m_ok; }
    bool commit();

private:
    QSqlDatabase m_db;
    QString *m_error;
    bool m_owned = false;
    bool m_ok = true;
};

} // namespace wb
