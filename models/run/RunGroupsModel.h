#pragma once

#include <QAbstractListModel>
#include <QTimer>

namespace wb {

class CommandRunner;

// A run's hosts grouped by identical result, largest group first, like
// `clush -b`: "37 hosts: <first line>". Hosts that failed to connect are
// grouped by their error. Rebuilt (a reset) at most every 200 ms.
class RunGroupsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { OutputRole = Qt::UserRole + 1, HostsRole, FailedRole };

    explicit RunGroupsModel(CommandRunner *runner, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Groups now instead of on the next timer tick.
    void rebuild();

private:
    struct Group
    {
        QString output;     // stdout then stderr, or the error
        QStringList hosts;
        bool failed = false;
    };

    CommandRunner *m_runner;
    QList<Group> m_groups;
    QTimer m_coalesce;
};

} // namespace wb
