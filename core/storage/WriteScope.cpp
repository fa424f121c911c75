#include "core/storage/WriteScope.h"

#include "core/storage/SqlDialect.h"

#include <QSqlError>

namespace wb {

WriteScope::WriteScope(QSqlDatabase db, bool nested, QString *error) : m_db(std::move(db)), m_error(error)
{
    if (nested || !m_db.isValid() || !m_db.isOpen())
        return;
    m_owned = m_db.transaction();
    m_ok = m_owned;
    if (!m_ok)
        *m_error = tr("Cannot write to the workspace: %1").arg(sql::errorText(m_db.lastError()));
}

WriteScope::~WriteScope()
{
    if (m_owned)
        m_db.rollback();
}

bool WriteScope::commit()
{
    if (!m_owned)
        return true;
    m_owned = false;
    if (m_db.commit())
        return true;
    *m_error = tr("Cannot write to the workspace: %1").arg(sql::errorText(m_db.lastError()));
    m_db.rollback();
    return false;
}

} // namespace wb
