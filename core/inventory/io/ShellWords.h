#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace wb {

// The word splitting Ansible applies to INI host lines (Python shlex, POSIX
// mode, # starts a comment) and its inverse for the exporter. Werkbank adds
// \n, \r and \t inside double quotes so multi-line notes fit on one line.
class ShellWords
{
    Q_DECLARE_TR_FUNCTIONS(wb::ShellWords)
public:
    static bool split(const QString &line, QStringList *words, QString *problem);
    // Quotes only when needed, so plain values stay readable.
    static QString quote(const QString &value);
};

} // namespace wb
