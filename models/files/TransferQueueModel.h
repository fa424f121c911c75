#pragma once

#include "core/files/SftpTransferJob.h"

#include <QAbstractTableModel>

#include <deque>

namespace wb {

// Bytes a second over the last few seconds of samples (a sliding window, so
// a stall shows within seconds and one fast burst does not last).
class TransferRate
{
public:
    void add(qint64 msecs, qint64 bytes);
    void reset() { m_samples.clear(); }
    // 0 until two samples at least a quarter second apart are in.
    double bytesPerSecond() const;
    // Seconds until `left` bytes are done at this rate; -1 when unknown.
    qint64 secondsFor(qint64 left) const;

private:
    struct Sample
    {
        qint64 msecs;
        qint64 bytes;
    };
    std::deque<Sample> m_samples;
};

// The file tab's transfers, one row each, in the order asked: what, its
// progress, speed, time left and how it ended. The FileBrowser feeds it the
// SftpSession's signals; the time of each progress report is given in, so
// the model itself never reads a clock.
class TransferQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ProgressColumn, SpeedColumn, TimeLeftColumn, StatusColumn, ColumnCount };
    enum Role {
        ProgressRole = Qt::UserRole + 1, // 0…1000, or -1 while unknown
        IdRole,
        StateRole,
    };
    enum class State { Waiting, Running, Asking, Done, Failed, Cancelled };

    explicit TransferQueueModel(QObject *parent = nullptr);

    // `what`: the file's name, or "3 items"; `destination` where they go.
    void add(int id, bool upload, const QString &what, const QString &destination);
    void setProgress(int id, const QString &file, qint64 jobDone, qint64 jobKnown, qint64 msecs);
    void addItem(int id, const TransferItem &item);
    void setAsking(int id, bool asking);
    void setCancelling(int id);
    void finish(int id, bool ok);
    // Every transfer still waiting or running ends as failed (the session is gone).
    void abandonAll(const QString &why);
    void removeFinished();

    int rowOf(int id) const;
    int idAt(int row) const;
    State state(int id) const;
    bool isActive(int id) const;
    int activeCount() const;
    // What it copied, skipped and failed, for the status line.
    QString summary(int id) const;
    QStringList failures(int id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "1:05", "12:40", "2 h 05 min".
    static QString durationText(qint64 seconds);

Q_SIGNALS:
    void activeCountChanged(int active);

private:
    struct Row
    {
        int id = 0;
        bool upload = false;
        QString what;
        QString destination;
        State state = State::Waiting;
        QString file;
        qint64 done = 0;
        qint64 known = 0;
        int copied = 0;
        int skipped = 0;
        QStringList failures;
        bool cancelling = false;
        TransferRate rate;
    };
    QString statusText(const Row &row) const;
    void changed(int row);

    QList<Row> m_rows;
};

} // namespace wb
