#include "models/tunnels/TunnelTableModel.h"

#include <QColor>
#include <QIcon>
#include <QLocale>

namespace wb {

namespace {

QString bracketed(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

} // namespace

TunnelTableModel::TunnelTableModel(const QString &hostName, QObject *parent) : QAbstractTableModel(parent), m_hostName(hostName)
{
}

void TunnelTableModel::setForwards(const QList<PortForward> &forwards)
{
    beginResetModel();
    m_forwards = forwards;
    m_status = QList<TunnelStatus>(forwards.size());
    endResetModel();
}

void TunnelTableModel::setStatus(int row, const TunnelStatus &status)
{
    if (row < 0 || row >= m_status.size() || m_status.at(row) == status)
        return;
    m_status[row] = status;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TunnelTableModel::connectionCount() const
{
    int count = 0;
    for (const TunnelStatus &status : m_status)
        count += status.connections;
    return count;
}

int TunnelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_forwards.size());
}

int TunnelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TunnelTableModel::stateText(TunnelStatus::State state)
{
    switch (state) {
    case TunnelStatus::State::Stopped:
        return tr("Stopped");
    case TunnelStatus::State::Starting:
        return tr("Starting…");
    case TunnelStatus::State::Active:
        return tr("Active");
    case TunnelStatus::State::Failed:
        return tr("Failed");
    }
    return {};
}

QString TunnelTableModel::kindText(const PortForward &forward) const
{
    switch (forward.kind) {
    case PortForward::Kind::Local:
        return tr("Local");
    case PortForward::Kind::Remote:
        return tr("Remote");
    case PortForward::Kind::Dynamic:
        return tr("SOCKS proxy");
    }
    return {};
}

QString TunnelTableModel::address(int row) const
{
    const PortForward &forward = m_forwards.at(row);
    const TunnelStatus &status = m_status.at(row);
    if (forward.kind == PortForward::Kind::Remote || status.state != TunnelStatus::State::Active)
        return {};
    const QString host = forward.bindAddress.isEmpty() || forward.bindAddress == QLatin1String("*") ? QStringLiteral("127.0.0.1")
                                                                                                   : forward.bindAddress;
    return bracketed(host) + QLatin1Char(':') + QString::number(status.boundPort ? status.boundPort : forward.bindPort);
}

QString TunnelTableModel::listensText(int row) const
{
    const PortForward &forward = m_forwards.at(row);
    const quint16 port = m_status.at(row).boundPort ? m_status.at(row).boundPort : forward.bindPort;
    if (forward.kind == PortForward::Kind::Remote) {
        const QString where = forward.bindAddress.isEmpty() ? QString::number(port)
                                                            : bracketed(forward.bindAddress) + QLatin1Char(':') + QString::number(port);
        return tr("%1 on %2").arg(where, m_hostName);
    }
    if (forward.bindAddress == QLatin1String("*"))
        return tr("port %1 on every address").arg(port);
    const QString host = forward.bindAddress.isEmpty() ? QStringLiteral("127.0.0.1") : forward.bindAddress;
    return bracketed(host) + QLatin1Char(':') + QString::number(port);
}

QString TunnelTableModel::targetText(const PortForward &forward) const
{
    const QString target = bracketed(forward.host) + QLatin1Char(':') + QString::number(forward.hostPort);
    switch (forward.kind) {
    case PortForward::Kind::Local:
        return tr("%1 via %2").arg(target, m_hostName);
    case PortForward::Kind::Remote:
        return tr("%1 from here").arg(target);
    case PortForward::Kind::Dynamic:
        return tr("any host, via %1").arg(m_hostName);
    }
    return {};
}

QVariant TunnelTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_forwards.size())
        return {};
    const PortForward &forward = m_forwards.at(index.row());
    const TunnelStatus &status = m_status.at(index.row());
    const bool exposed = forward.listensBeyondLoopback();
    switch (role) {
    case StateRole:
        return int(status.state);
    case AddressRole:
        return address(index.row());
    case WarningRole:
        return exposed;
    case Qt::DecorationRole:
        if (index.column() != StateColumn)
            return {};
        switch (status.state) {
        case TunnelStatus::State::Active:
            return QIcon(QStringLiteral(":/icons/state-connected.svg"));
        case TunnelStatus::State::Starting:
            return QIcon(QStringLiteral(":/icons/state-connecting.svg"));
        case TunnelStatus::State::Failed:
            return QIcon(QStringLiteral(":/icons/error.svg"));
        case TunnelStatus::State::Stopped:
            return QIcon(QStringLiteral(":/icons/state-closed.svg"));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ProblemColumn || (index.column() == StateColumn && status.state == TunnelStatus::State::Failed))
            return QColor(0xb3, 0x26, 0x1e);
        return {};
    case Qt::ToolTipRole: {
        // Tooltips take HTML, and these texts hold what servers and SOCKS clients said: escaped, always.
        QString tip = forward.text();
        if (index.column() == ListensColumn && exposed)
            tip = tr("Listens where other computers can connect, and reach what %1 reaches through it.").arg(m_hostName);
        else if (index.column() == ProblemColumn || index.column() == StateColumn)
            tip = status.error;
        return tip.isEmpty() ? QVariant() : QVariant(QStringLiteral("<p>") + tip.toHtmlEscaped() + QStringLiteral("</p>"));
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case KindColumn:
        return kindText(forward);
    case ListensColumn:
        return exposed ? tr("%1 (not only this computer)").arg(listensText(index.row())) : listensText(index.row());
    case TargetColumn:
        return targetText(forward);
    case StateColumn:
        return stateText(status.state);
    case ConnectionsColumn:
        if (status.connectionsTotal == 0)
            return status.state == TunnelStatus::State::Active ? QStringLiteral("0") : QString();
        return tr("%1 (%2 in all)").arg(status.connections).arg(status.connectionsTotal);
    case TrafficColumn: {
        if (status.bytesIn == 0 && status.bytesOut == 0)
            return QString();
        const QLocale locale;
        return tr("%1 in, %2 out").arg(locale.formattedDataSize(status.bytesIn), locale.formattedDataSize(status.bytesOut));
    }
    case ProblemColumn:
        return status.error;
    default:
        return {};
    }
}

QVariant TunnelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Forward");
    case ListensColumn:
        return tr("Listens on");
    case TargetColumn:
        return tr("Goes to");
    case StateColumn:
        return tr("State");
    case ConnectionsColumn:
        return tr("Connections");
    case TrafficColumn:
        return tr("Traffic");
    case ProblemColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace wb
