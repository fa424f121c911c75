#pragma once

#include "core/inventory/io/ImportTypes.h"
#include "core/inventory/io/SshConfigFiles.h"
#include "core/inventory/io/SshConfigMatch.h"
#include "core/text/LocalUser.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>

namespace wb {

// Reads an OpenSSH client config the way ssh(1) resolves it: every concrete
// alias on a Host line becomes one host, and for each of them the blocks are
// walked in file order with the first value of each option winning. Match
// blocks are tested as ssh tests them (SshConfigMatch), including the second
// reading that "Match final" asks for; Include finds relative paths in ~/.ssh.
class SshConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(wb::SshConfigReader)
public:
    // `cancel` (optional) is checked once per line; see ImportSupport::cancelRequested.
    static ImportResult read(const QString &path, const std::atomic<bool> *cancel = nullptr);

    // The same nesting limit as ssh(1), so a config ssh accepts is never refused here.
    static constexpr int MaxIncludeDepth = 16;
    // What one import reads at most, the first file and every Include together.
    static constexpr int MaxFiles = SshConfigFiles::MaxFiles;
    static constexpr qint64 MaxTotalBytes = SshConfigFiles::MaxTotalBytes;
    static constexpr qint64 MaxTotalLines = SshConfigFiles::MaxTotalLines;

private:
    struct HostLine {
        QStringList patterns;
    };
    struct Option {
        QString keyword;   // lower case
        QString value;
        QString file;
        int line = 0;
        QList<int> scope;  // Host lines (>= 0) and Match lines (-1 - index) that must all match
        int matchLine = -1; // >= 0: not an option but that Match line, tested where it stands
    };
    // One alias being resolved: the options chosen so far (first value wins).
    struct Resolution {
        QString alias;
        QHash<QString, const Option *> chosen;
        QStringList forwards;
        bool finalPass = false;
        QString finalHost;  // the second reading's host name: HostName expanded, lower case
        std::vector<bool> matched; // each Match line's verdict in this reading, as it was reached
    };
    struct Alias {
        QString name;
        QString file;
        int line = 0;
    };

    SshConfigReader(ImportResult *result, const std::atomic<bool> *cancel) : m_result(result), m_files(result), m_cancel(cancel) {}
    void parseFile(const QString &path, int depth, const QList<int> &scope, const QString &fromFile, int fromLine);
    QString scopeKey(const QList<int> &scope) const;
    void handleHostLine(const QStringList &args, const QList<int> &baseScope, QList<int> *scope,
                        const QString &file, int line);
    void handleMatchLine(const QStringList &args, const QList<int> &baseScope, QList<int> *scope,
                         const QString &file, int line);
    void handleInclude(const QStringList &args, const QString &file, int line, int depth,
                       const QList<int> &scope);
    bool handleHostOption(const QString &key, QString *value, const QString &file, int line);
    void handleOption(const QString &keyword, const QStringList &args, const QString &file, int line,
                      const QList<int> &scope);
    bool scopeMatches(const QList<int> &scope, const QString &hostName, const Resolution &resolution) const;
    SshConfigMatch::Subject subjectFor(const Resolution &resolution) const;
    void walk(const QHash<QString, QList<qsizetype>> &byName, const QList<qsizetype> &general, const QString &hostName,
              Resolution *resolution) const;
    void buildHosts();

    static bool splitLine(const QString &line, QString *keyword, QStringList *args, QString *problem);
    static bool isPattern(const QString &text);
    static bool hostLineMatches(const QStringList &patterns, const QString &alias);

    ImportResult *m_result;
    QList<HostLine> m_hostLines;
    QList<SshConfigMatch> m_matchLines;
    bool m_wantsFinal = false;                 // an un-negated "Match final": ssh reads the config twice
    const QString m_localUser = localUserName(); // what "Match user" sees when no User is set
    QList<Option> m_options;
    QList<Alias> m_aliases;
    QHash<QString, QString> m_aliasNames;      // lower case -> the spelling imported
    QStringList m_openFiles;   // canonical paths being read, to stop Include loops
    // Each file is read once per import (m_files), and parsed once per distinct Host scope:
    // a second Include in the same scope adds nothing, as the first value of an option wins.
    SshConfigFiles m_files;
    QSet<QString> m_parsed;                    // canonical path + scope key
    const std::atomic<bool> *m_cancel = nullptr;
    bool m_stopped = false;                    // over budget or cancelled: read nothing more
    bool m_hasForwards = false;                // a LocalForward, RemoteForward or DynamicForward was read
};

} // namespace wb
