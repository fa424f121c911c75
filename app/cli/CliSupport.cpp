#include "app/cli/CliSupport.h"

#include "core/accounts/AccountActionJob.h"
#include "core/accounts/AccountBackend.h"
#include "core/secrets/CredentialStore.h"
#include "core/storage/WorkspaceLocation.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

#include <termios.h>
#include <unistd.h>

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

int failUsage(const QString &message)
{
    err() << printable(message, true) << Qt::endl;
    return 2;
}

int fail(const QString &message)
{
    // Messages carry a host's words (a tool's error, sudo's): never raw escapes on a terminal.
    err() << printable(message, true) << Qt::endl;
    return 1;
}

QString printable(const QString &text, bool keepLineBreaks)
{
    QString shown = text;
    for (QChar &c : shown) {
        if (keepLineBreaks && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    }
    return shown;
}

void printColumns(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        out() << line << '\n';
    }
    out().flush();
}

void printFields(const QList<std::pair<QString, QString>> &fields)
{
    qsizetype width = 0;
    for (const auto &field : fields)
        width = std::max(width, field.first.size());
    for (const auto &field : fields)
        out() << (field.first + u':').leftJustified(width + 2) << field.second << '\n';
    out().flush();
}

AccountReply *awaitReply(AccountReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &AccountReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return reply;
}

void runAccountJob(AccountActionJob &job, bool *succeeded, QString *message)
{
    QEventLoop loop;
    QObject::connect(&job, &AccountActionJob::finished, &loop, [&](bool done, const QString &said) {
        *succeeded = done;
        *message = said;
        loop.quit();
    });
    job.start();
    loop.exec();
}

void printJsonArray(const QJsonArray &array)
{
    out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    out().flush();
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

namespace {
// Runs the event loop until `answered` (the keychain answers on this thread), at most 10 s.
void awaitKeychain(const bool &answered)
{
    QElapsedTimer waited;
    waited.start();
    while (!answered && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
}
} // namespace

std::optional<QString> readKeychain(const QString &key)
{
    CredentialStore keychain;
    std::optional<QString> found;
    bool answered = false;
    keychain.read(key, [&](std::optional<QString> secret, const QString &) {
        found = std::move(secret);
        answered = true;
    });
    awaitKeychain(answered);
    return found;
}

bool writeKeychain(const QString &key, const QString &secret, QString *error)
{
    CredentialStore keychain;
    bool answered = false, stored = false;
    keychain.write(key, secret, [&](bool ok, const QString &why) {
        stored = ok;
        *error = why;
        answered = true;
    });
    awaitKeychain(answered);
    if (!answered)
        *error = Cli::tr("the keychain did not answer");
    return stored;
}

bool removeKeychain(const QString &key)
{
    CredentialStore keychain;
    bool answered = false, removed = false;
    keychain.remove(key, [&](bool ok, const QString &) {
        removed = ok;
        answered = true;
    });
    awaitKeychain(answered);
    return removed;
}

bool openWorkspace(Workspace *workspace, const QString &location)
{
    if (workspace->open(location))
        return true;
    if (!workspace->needsPassword())
        return false;
    // libpq tried ~/.pgpass already; then what the window remembered, then the person.
    const QString address = WorkspaceLocation::parse(location).displayText();
    if (const std::optional<QString> remembered = readKeychain(QStringLiteral("postgresql:") + address)) {
        workspace->setPassword(*remembered);
        if (workspace->open(location))
            return true;
        if (!workspace->needsPassword())
            return false;
    }
    QString typed;
    if (!askHidden(Cli::tr("Password for %1: ").arg(address), &typed))
        return false; // no terminal to ask on: the server's refusal stands
    workspace->setPassword(typed);
    return workspace->open(location);
}

bool OpenWorkspace::open(const QString &path)
{
    if (!openWorkspace(&workspace, path)) {
        error = workspace.errorString();
        return false;
    }
    inventory.setDatabase(workspace.database());
    return inventory.load(&error);
}

int OpenWorkspace::openAtGroup(const QString &path, const QString &groupPath, GroupId *top)
{
    if (!open(path))
        return fail(error);
    *top = 0;
    if (groupPath.isEmpty() || groupPath == QLatin1String("/"))
        return 0;
    *top = inventory.findGroupByPath(groupPath);
    if (*top == 0)
        return fail(Cli::tr("There is no group “%1” in the inventory.").arg(groupPath));
    return 0;
}

// One line from standard input, without its line end; false at end of input.
bool readStdinLine(QString *line)
{
    QByteArray bytes;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        bytes.append(char(c));
    if (c == EOF && bytes.isEmpty())
        return false;
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    *line = QString::fromUtf8(bytes);
    return true;
}

// Asks on the terminal without echo; false when standard input is no terminal.
bool askHidden(const QString &prompt, QString *answer)
{
    if (!isatty(STDIN_FILENO))
        return false;
    err() << prompt;
    err().flush();
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    const bool ok = readStdinLine(answer);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err() << '\n';
    err().flush();
    return ok;
}

} // namespace wb
