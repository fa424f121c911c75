#pragma once

#include "ImportTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wb {

// Reads an OpenSSH client config the way ssh(1) resolves it: every concrete
// alias on a Host line becomes one host, and for each of them the blocks are
// walked in file order with the first value of each option winning.
class SshConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(wb::SshConfigReader)
public:
    static ImportResult read(const QString &path);

    // The same nesting limit as ssh(1), so a config ssh accepts is never refused here.
    static constexpr int MaxIncludeDepth = 16;

private:
    struct HostLine {
        QStringList patterns;
    };
    struct Option {
        QString keyword;   // lower case
        QString value;
        QString file;
        int line = 0;
        QList<int> scope;  // Host lines that must all match; -1 is a Match block
    };
    struct Alias {
        QString name;
        QString file;
        int line = 0;
    };

    explicit SshConfigReader(ImportResult *result) : m_result(result) {}
    void parseFile(const QString &path, int depth, const QList<int> &scope, const QString &fromFile, int fromLine);
    void handleHostLine(const QStringList &args, const QList<int> &baseScope, QList<int> *scope,
                        const QString &file, int line);
    void handleInclude(const QStringList &args, const QString &file, int line, int depth,
                       const QList<int> &scope);
    void handleOption(const QString &keyword, const QStringList &args, const QString &file, int line,
                      const QList<int> &scope);
    bool scopeMatches(const QList<int> &scope, const QString &alias) const;
    void buildHosts();

    static bool splitLine(const QString &line, QString *keyword, QStringList *args, QString *problem);
    static bool isPattern(const QString &text);
    static bool hostLineMatches(const QStringList &patterns, const QString &alias);
    static QStringList expandInclude(const QString &pattern, const QString &includingFile);

    ImportResult *m_result;
    QList<HostLine> m_hostLines;
    QList<Option> m_options;
    QList<Alias> m_aliases;
    QSet<QString> m_aliasNames;
    QStringList m_openFiles;   // canonical paths being read, to stop Include loops
};

} // namespace wb
