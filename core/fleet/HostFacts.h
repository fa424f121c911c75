#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QStringList>

namespace wb {

// What one gather found on a host. A number that could not be learnt is -1
// (and the reason is in `problems`, keyed by the fact's JSON name).
struct HostFacts
{
    struct Filesystem
    {
        QString mount;
        QString device;
        QString type;
        qint64 sizeBytes = 0;
        qint64 usedBytes = 0;
        qint64 availableBytes = 0;
        // Used as df counts it: of what ordinary users may fill.
        int usedPercent() const;
        bool operator==(const Filesystem &) const = default;
    };
    enum class Answer { Unknown, No, Yes };

    QDateTime taken;                // UTC, when the answer came
    QString osId;                   // os-release ID ("debian", "rocky")
    QString osVersion;              // VERSION_ID
    QString osPrettyName;           // PRETTY_NAME
    QString osLike;                 // ID_LIKE
    QString kernel;
    qint64 uptimeSeconds = -1;
    int cpus = -1;
    double load[3] = {-1, -1, -1};
    qint64 memoryTotalBytes = -1;
    qint64 memoryAvailableBytes = -1;
    qint64 swapTotalBytes = -1;
    qint64 swapUsedBytes = -1;
    QList<Filesystem> filesystems;
    QString packageManager;         // apt, dnf, yum, apk; empty: none found
    int updates = -1;
    int securityUpdates = -1;       // -1 where the OS does not say (Alpine)
    QStringList upgradable;         // the packages an upgrade would change
    Answer rebootRequired = Answer::Unknown;
    bool systemd = false;
    QStringList failedUnits;
    bool backupConfigured = false;
    qint64 backupAgeSeconds = -1;
    QMap<QString, QString> problems; // fact → why it is not known

    // The fullest filesystem's use in percent; -1 without any.
    int fullestPercent() const;
    const Filesystem *fullest() const;

    // The object werkbank-cli facts --json prints (and the workspace keeps),
    // with the keys of issue 17: host is added by the caller.
    QJsonObject toJson() const;
    static HostFacts fromJson(const QJsonObject &object);
    bool operator==(const HostFacts &) const = default;
};

// Reads the output of FactsScript: each "@@wb NAME" section goes to the
// parser the table names for it; sections it does not know are skipped, so
// an older Werkbank reads a newer script's output.
class FactsParser
{
    Q_DECLARE_TR_FUNCTIONS(wb::FactsParser)
public:
    static HostFacts parse(const QByteArray &output, const QDateTime &taken);
    // Natural order of version strings ("5.10.0-28" < "6.1.0-9").
    static int compareVersions(const QString &a, const QString &b);
};

} // namespace wb

Q_DECLARE_METATYPE(wb::HostFacts)
