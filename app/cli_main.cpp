// werkbank-cli: the workspace core for scripts and benchmarks.
#include "AppOptions.h"
#include "CliCommands.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    wb::setApplicationIdentity();
    wb::installTranslations(app, wb::languageFromArguments(QCoreApplication::arguments()));
    return wb::runCli(QCoreApplication::arguments());
}
