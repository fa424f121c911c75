#include "models/audit/AuditLogModel.h"
#include "models/common/ShownTime.h"

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
    using Outcome = AuditRecord::Outcome;
    if (role == Qt::DecorationRole && column == ResultColumn) {
        static const QIcon ok(QStringLiteral(":/icons/state-connected.svg"));
        static const QIcon failed(QStringLiteral(":/icons/error.svg"));
        static const QIcon unsure(QStringLiteral(":/icons/warning.svg"));
        return record.outcome == Outcome::Ok ? ok : record.outcome == Outcome::Failed ? failed : unsure;
    }
    if (role == Qt::ToolTipRole && column == ResultColumn) {
        if (record.outcome == Outcome::None)
            return tr("The action was started, and Werkbank ended before it learned the outcome: check the account.");
        if (record.outcome == Outcome::Unknown)
            return tr("The connection ended after the change was sent: it may have been made.");
        return record.finishedAt.toUTC().toString(Qt::ISODateWithMs);
    }
    if (role == Qt::ToolTipRole && column == TargetColumn && !record.target.path.isEmpty())
        return record.target.path;
    if (role == Qt::ToolTipRole && column == ErrorColumn && !record.error.isEmpty())
        return record.error;
    if (role == Qt::ToolTipRole && column == TimeColumn)
        return record.at.toUTC().toString(Qt::ISODateWithMs);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    // Local time for reading; the tooltip and the CSV export keep UTC.
    case TimeColumn: return ShownTime::dateTime(record.at, true);
    case OperatorColumn: return record.operatorName;
    case HostColumn: return record.host;
    case AccountColumn: return record.account;
    case ActionColumn: return record.action;
    case ResultColumn:
        switch (record.outcome) {
        case Outcome::Ok: return tr("ok");
        case Outcome::Failed: return tr("failed");
        case Outcome::Unknown: return tr("may have been made");
        case Outcome::None: return tr("no outcome recorded");
        }
        return {};
    case TargetColumn:
        return record.target.kind == AuditTarget::Kind::Directory ? record.target.address
               : record.target.id > 0 ? tr("%1 (%2)").arg(record.target.path, record.target.address)
                                      : record.target.address;
    case LoginColumn: return record.target.login;
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
    case TargetColumn: return tr("Target");
    case LoginColumn: return tr("Login");
    default: return {};
    }
}

} // namespace wb
