// werkbank-cli: the workspace core for scripts and benchmarks.
#include "app/AppOptions.h"
#include "app/cli/Command.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    wb::setApplicationIdentity();
    wb::installTranslations(app, wb::languageFromArguments(QCoreApplication::arguments()));
    return wb::runCli(QCoreApplication::arguments());
}
