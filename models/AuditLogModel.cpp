#include "AuditLogModel.h"

#include <QIcon>

namespace wb {

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setRecords(QList<AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &record = m_records.at(index.row());
    const int column = index.column();
    if (role == Qt::DecorationRole && column == ResultColumn) {
        static const QIcon ok(QStringLiteral(":/icons/state-connected.svg"));
        static const QIcon failed(QStringLiteral(":/icons/error.svg"));
        return record.succeeded ? ok : failed;
    }
    if (role == Qt::ToolTipRole && column == ErrorColumn && !record.error.isEmpty())
        return record.error;
    if (role == Qt::ToolTipRole && column == TimeColumn)
        return record.at.toUTC().toString(Qt::ISODateWithMs);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    // Local time for reading; the tooltip and the CSV export keep UTC.
    case TimeColumn: return record.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case OperatorColumn: return record.operatorName;
    case HostColumn: return record.host;
    case AccountColumn: return record.account;
    case ActionColumn: return record.action;
    case ResultColumn: return record.succeeded ? tr("ok") : tr("failed");
    case ErrorColumn: return record.error;
    case TicketColumn: return record.ticketId > 0 ? QStringLiteral("#%1").arg(record.ticketId) : QString();
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case OperatorColumn: return tr("Operator");
    case HostColumn: return tr("Host");
    case AccountColumn: return tr("Account");
    case ActionColumn: return tr("Action");
    case ResultColumn: return tr("Result");
    case ErrorColumn: return tr("Error");
    case TicketColumn: return tr("Ticket");
    default: return {};
    }
}

} // namespace wb
