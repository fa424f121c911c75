#pragma once

#include "core/inventory/InventoryTypes.h"
#include "core/inventory/io/ImportTypes.h"

#include <QFile>
#include <QtGlobal>
#include <QList>
#include <QString>
#include <QStringList>

// One line per host with every field that differs from the defaults, so a
// failing QCOMPARE shows exactly which field of which host is wrong.
// What a complexity guard allows, in milliseconds: under the sanitizers (slower by
// the factor ./scripts/test --sanitize puts in WERKBANK_TEST_TIME_FACTOR) more.
inline qint64 timeBudgetMs(qint64 ms)
{
    bool ok = false;
    const int factor = qEnvironmentVariableIntValue("WERKBANK_TEST_TIME_FACTOR", &ok);
    return ok && factor > 1 ? ms * factor : ms;
}

inline QString describeHost(const wb::Host &h, const QString &jumpName, const QStringList &groupPath)
{
    QString s = QStringLiteral("%1 @%2:%3").arg(h.name, h.address).arg(h.port);
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            s += QLatin1Char(' ') + QLatin1String(key) + QLatin1Char('=') + value;
    };
    add("user", h.sshUser);
    if (h.kind != wb::HostKind::Server)
        add("kind", wb::hostKindId(h.kind));
    if (h.authMethod != wb::AuthMethod::Agent)
        add("auth", wb::authMethodId(h.authMethod));
    add("key", h.identityFile);
    add("jump", jumpName);
    add("in", groupPath.join(QLatin1Char('/')));
    add("tags", h.tags.join(QLatin1Char('|')));
    add("os", h.os);
    add("location", h.location);
    add("owner", h.owner);
    add("alias", h.hostKeyAlias);
    add("known_hosts", h.knownHostsFile);
    add("check", h.reachabilityCheck);
    add("mac", h.macAddress);
    add("log", h.sessionLog);
    add("forwards", h.portForwards.join(QLatin1Char('|')));
    add("desktop", h.remoteDesktop);
    QString notes = h.notes;
    notes.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    add("notes", notes);
    return s;
}

inline QStringList describeHosts(const wb::ImportResult &result)
{
    QStringList out;
    for (const wb::ImportedHost &h : result.hosts)
        out << describeHost(h.host, h.jumpHostName, h.groupPath);
    return out;
}

inline QList<int> issueLines(const QList<wb::ImportIssue> &issues)
{
    QList<int> lines;
    for (const wb::ImportIssue &issue : issues)
        lines << issue.line;
    return lines;
}

inline QString issueText(const QList<wb::ImportIssue> &issues)
{
    QStringList lines;
    for (const wb::ImportIssue &issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

inline QString testData(const QString &relative)
{
    return QStringLiteral(WERKBANK_TEST_DATA "/") + relative;
}

// Writes a test input; the readers take paths, as in the program.
inline bool writeTestFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}
