#include "app/AppOptions.h"

#include "core/ssh/FileLimit.h"
#include "core/storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include "app/WerkbankVersion.h"

namespace wb {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Werkbank"));
    QCoreApplication::setApplicationName(QStringLiteral("werkbank"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WERKBANK_VERSION));
    raiseOpenFileLimit(); // runs on hundreds of hosts at once, and kept connections, each hold a socket
}

CommonOptions::CommonOptions()
    : workspace(QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
                QCoreApplication::translate("wb::CommonOptions", "Workspace: a database file (default: %1), or a team workspace's "
                                                                       "PostgreSQL address (postgresql://user@host/db).")
                    .arg(QDir::toNativeSeparators(Workspace::defaultPath())),
                QCoreApplication::translate("wb::CommonOptions", "path")),
      language(QStringLiteral("lang"),
               QCoreApplication::translate("wb::CommonOptions", "Language of the interface: nl or en (default: the system's)."),
               QCoreApplication::translate("wb::CommonOptions", "language"))
{
}

void CommonOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(workspace);
    parser.addOption(language);
}

QString CommonOptions::workspacePath(const QCommandLineParser &parser) const
{
    if (!parser.isSet(workspace))
        return Workspace::defaultPath();
    // A team workspace's address is passed on as typed; a file is made absolute.
    const QString value = parser.value(workspace);
    return WorkspaceLocation::looksLikePostgreSql(value) ? value : QDir::current().absoluteFilePath(value);
}

QString languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

} // namespace wb
