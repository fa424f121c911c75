#include "core/fleet/HostFacts.h"

#include <QJsonArray>

namespace wb {

namespace {

QJsonValue number(qint64 value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue();
}

qint64 numberFrom(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : -1;
}

} // namespace

int HostFacts::Filesystem::usedPercent() const
{
    const qint64 usable = usedBytes + availableBytes;
    if (usable <= 0)
        return 0;
    // Rounded up, as df does: 90.1 % full is not 90 %.
    return int((usedBytes * 100 + usable - 1) / usable);
}

const HostFacts::Filesystem *HostFacts::fullest() const
{
    const Filesystem *most = nullptr;
    for (const Filesystem &fs : filesystems)
        if (!most || fs.usedPercent() > most->usedPercent())
            most = &fs;
    return most;
}

int HostFacts::fullestPercent() const
{
    const Filesystem *fs = fullest();
    return fs ? fs->usedPercent() : -1;
}

QJsonObject HostFacts::toJson() const
{
    QJsonArray filesystemArray;
    for (const Filesystem &fs : filesystems)
        filesystemArray.append(QJsonObject{
            {QStringLiteral("mount"), fs.mount},
            {QStringLiteral("device"), fs.device},
            {QStringLiteral("type"), fs.type},
            {QStringLiteral("size_bytes"), fs.sizeBytes},
            {QStringLiteral("used_bytes"), fs.usedBytes},
            {QStringLiteral("available_bytes"), fs.availableBytes},
        });
    QJsonObject problemObject;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        problemObject.insert(it.key(), it.value());
    const bool loadKnown = load[0] >= 0;
    return QJsonObject{
        {QStringLiteral("os"), QJsonObject{{QStringLiteral("id"), osId},
                                           {QStringLiteral("version"), osVersion},
                                           {QStringLiteral("pretty_name"), osPrettyName},
                                           {QStringLiteral("id_like"), osLike}}},
        {QStringLiteral("kernel"), kernel},
        {QStringLiteral("uptime_s"), number(uptimeSeconds)},
        {QStringLiteral("cpus"), cpus > 0 ? QJsonValue(cpus) : QJsonValue()},
        {QStringLiteral("load"), loadKnown ? QJsonValue(QJsonArray{load[0], load[1], load[2]}) : QJsonValue()},
        {QStringLiteral("memory"), QJsonObject{{QStringLiteral("total_bytes"), number(memoryTotalBytes)},
                                               {QStringLiteral("available_bytes"), number(memoryAvailableBytes)},
                                               {QStringLiteral("swap_total_bytes"), number(swapTotalBytes)},
                                               {QStringLiteral("swap_used_bytes"), number(swapUsedBytes)}}},
        {QStringLiteral("filesystems"), filesystemArray},
        {QStringLiteral("package_manager"), packageManager},
        {QStringLiteral("updates"), updates >= 0 ? QJsonValue(updates) : QJsonValue()},
        {QStringLiteral("security_updates"), securityUpdates >= 0 ? QJsonValue(securityUpdates) : QJsonValue()},
        {QStringLiteral("upgradable"), QJsonArray::fromStringList(upgradable)},
        {QStringLiteral("reboot_required"), rebootRequired == Answer::Unknown ? QJsonValue() : QJsonValue(rebootRequired == Answer::Yes)},
        {QStringLiteral("systemd"), systemd},
        {QStringLiteral("failed_units"), QJsonArray::fromStringList(failedUnits)},
        {QStringLiteral("backup_age_s"), backupConfigured ? number(backupAgeSeconds) : QJsonValue()},
        {QStringLiteral("backup_configured"), backupConfigured},
        {QStringLiteral("taken"), taken.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("problems"), problemObject},
    };
}

HostFacts HostFacts::fromJson(const QJsonObject &o)
{
    HostFacts f;
    const QJsonObject os = o.value(QStringLiteral("os")).toObject();
    f.osId = os.value(QStringLiteral("id")).toString();
    f.osVersion = os.value(QStringLiteral("version")).toString();
    f.osPrettyName = os.value(QStringLiteral("pretty_name")).toString();
    f.osLike = os.value(QStringLiteral("id_like")).toString();
    f.kernel = o.value(QStringLiteral("kernel")).toString();
    f.uptimeSeconds = numberFrom(o.value(QStringLiteral("uptime_s")));
    f.cpus = int(numberFrom(o.value(QStringLiteral("cpus"))));
    const QJsonArray load = o.value(QStringLiteral("load")).toArray();
    for (int i = 0; i < 3 && i < load.size(); ++i)
        f.load[i] = load[i].toDouble();
    const QJsonObject memory = o.value(QStringLiteral("memory")).toObject();
    f.memoryTotalBytes = numberFrom(memory.value(QStringLiteral("total_bytes")));
    f.memoryAvailableBytes = numberFrom(memory.value(QStringLiteral("available_bytes")));
    f.swapTotalBytes = numberFrom(memory.value(QStringLiteral("swap_total_bytes")));
    f.swapUsedBytes = numberFrom(memory.value(QStringLiteral("swap_used_bytes")));
    for (const QJsonValue &v : o.value(QStringLiteral("filesystems")).toArray()) {
        const QJsonObject fs = v.toObject();
        f.filesystems.append({fs.value(QStringLiteral("mount")).toString(), fs.value(QStringLiteral("device")).toString(),
                              fs.value(QStringLiteral("type")).toString(), numberFrom(fs.value(QStringLiteral("size_bytes"))),
                              numberFrom(fs.value(QStringLiteral("used_bytes"))), numberFrom(fs.value(QStringLiteral("available_bytes")))});
    }
    f.packageManager = o.value(QStringLiteral("package_manager")).toString();
    f.updates = int(numberFrom(o.value(QStringLiteral("updates"))));
    f.securityUpdates = int(numberFrom(o.value(QStringLiteral("security_updates"))));
    for (const QJsonValue &v : o.value(QStringLiteral("upgradable")).toArray())
        f.upgradable.append(v.toString());
    const QJsonValue reboot = o.value(QStringLiteral("reboot_required"));
    f.rebootRequired = reboot.isBool() ? (reboot.toBool() ? Answer::Yes : Answer::No) : Answer::Unknown;
    f.systemd = o.value(QStringLiteral("systemd")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("failed_units")).toArray())
        f.failedUnits.append(v.toString());
    f.backupConfigured = o.value(QStringLiteral("backup_configured")).toBool();
    f.backupAgeSeconds = numberFrom(o.value(QStringLiteral("backup_age_s")));
    f.taken = QDateTime::fromString(o.value(QStringLiteral("taken")).toString(), Qt::ISODate).toUTC();
    const QJsonObject problems = o.value(QStringLiteral("problems")).toObject();
    for (auto it = problems.constBegin(); it != problems.constEnd(); ++it)
        f.problems.insert(it.key(), it.value().toString());
    return f;
}

} // namespace wb
