#pragma once

#include <QAbstractTableModel>
#include <QTimer>

namespace wb {

class CommandRunner;

// The hosts of a run as a table: host, state, exit status, duration and the
// first line of output (or the error). Rows never move; changes from the
// runner are gathered and reported at most every 100 ms, so a run over
// 1,000 hosts does not flood the view.
class RunResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HostColumn, StateColumn, ExitColumn, DurationColumn, OutputColumn, ColumnCount };
    enum Role { SucceededRole = Qt::UserRole + 1, FailedRole };

    explicit RunResultsModel(CommandRunner *runner, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reports every pending change now (the view also gets them from the timer).
    void flush();

private:
    CommandRunner *m_runner;
    QTimer m_coalesce;
    int m_firstDirty = -1;
    int m_lastDirty = -1;
};

} // namespace wb
