#include "CliSupport.h"

#include <QCommandLineParser>

#include <cstdlib>

namespace wb {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << message << Qt::endl;
    return 1;
}

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    QStringList args = arguments;
    args.removeAt(args.indexOf(command));
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        std::exit(0);
    }
    return true;
}

bool OpenWorkspace::open(const QString &path)
{
    if (!workspace.open(path)) {
        error = workspace.errorString();
        return false;
    }
    inventory.setDatabase(workspace.database());
    return inventory.load(&error);
}

} // namespace wb
