#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;
class QCoreApplication;

namespace wb {

// Names shared by both executables: organisation and application names decide
// where QSettings and QStandardPaths put things.
void setApplicationIdentity();

// --workspace PATH and --lang nl|en, shared by werkbank and werkbank-cli.
struct CommonOptions {
    QCommandLineOption workspace;
    QCommandLineOption language;
    CommonOptions();
    void addTo(QCommandLineParser &parser) const;
    QString workspacePath(const QCommandLineParser &parser) const;
};

// Reads --lang from argv before the parser runs, so --help is already translated.
QString languageFromArguments(const QStringList &arguments);

} // namespace wb
