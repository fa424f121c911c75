#pragma once

#include "core/audit/AuditLog.h"

#include <QAbstractTableModel>

namespace wb {

// Audit records as a read-only table, one row an action, newest first as
// AuditLog::list gives them; an action whose outcome row is missing says
// "no outcome recorded". Whoever reads the log hands the model the records.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The error last: it is the long one, and the view stretches it.
    enum Column { TimeColumn, OperatorColumn, HostColumn, AccountColumn, ActionColumn, ResultColumn, TicketColumn,
                  TargetColumn, LoginColumn, ErrorColumn, ColumnCount };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setRecords(QList<AuditRecord> records);
    const QList<AuditRecord> &records() const { return m_records; }
    const AuditRecord &recordAt(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditRecord> m_records;
};

} // namespace wb
