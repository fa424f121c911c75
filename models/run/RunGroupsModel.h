#pragma once

#include <QAbstractListModel>
#include <QTimer>

namespace wb {

class CommandRunner;

// A run's hosts grouped by identical result, largest group first, like
// `clush -b`: "37 hosts: <first line>". Hosts that failed to connect are
// grouped by their error. Rebuilt (a reset) at most every 200 ms while it is
// followed, and once when the run ends.
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
    // Whether anyone looks at the groups while the run goes on (the view
    // shows them); when not, they are grouped again only when followed again
    // or when the run ends: grouping a thousand hosts five times a second
    // for nobody costs the window its smoothness.
    void setFollowed(bool followed);

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
    bool m_followed = true;
    bool m_stale = false;
};

} // namespace wb
