#include "core/files/SudoFileAccess.h"

#include "core/ssh/SudoExchange.h"

#include <QFile>
#include <QSaveFile>
#include <QTimer>

namespace wb {

namespace {

constexpr qint64 largestFile = 16 * 1024 * 1024;

// The path is the first line on stdin; absolute, so it is never an option.
const char *const readPath =
    "IFS= read -r p || exit 65\n"
    "case \"$p\" in /*) ;; *) echo \"werkbank: not an absolute path\" >&2; exit 64;; esac\n";

} // namespace

SudoFileAccess::SudoFileAccess(RunMaker makeRun, const QString &keychainKey, QObject *parent)
    : RemoteFileAccess(parent), m_makeRun(std::move(makeRun)), m_keychainKey(keychainKey)
{
}

QString SudoFileAccess::script(Step step)
{
    QString text = QString::fromLatin1(readPath);
    switch (step) {
    case Step::Resolve:
        return text + QStringLiteral("r=$(readlink -f -- \"$p\") && [ -e \"$r\" ] || { echo \"werkbank: no such file\" >&2; exit 66; }\n"
                                     "printf \"%s\\n\" \"$r\"\n");
    case Step::Stat:
        // Size, modification time and st_mode in hex; "missing" when there is none.
        return text + QStringLiteral("[ -e \"$p\" ] || { echo missing; exit 0; }\n"
                                     "exec stat -c \"%s %Y %f\" -- \"$p\"\n");
    case Step::Fetch:
        return text + QStringLiteral("[ -f \"$p\" ] || { echo \"werkbank: not a regular file\" >&2; exit 66; }\n"
                                     "s=$(stat -c %s -- \"$p\") || exit 66\n"
                                     "[ \"$s\" -le %1 ] || { echo \"werkbank: larger than 16 MiB\" >&2; exit 67; }\n"
                                     "exec cat -- \"$p\"\n").arg(largestFile);
    case Step::Store:
        // Only in a folder nobody but root may change (as sudoedit): elsewhere another
        // user could swap the temporary file for a link while root writes it. Written
        // beside the file, checked to be whole (the byte count comes first: an input cut
        // off by a lost connection ends cat as if the file ended), given the file's
        // owner, mode and SELinux label, then renamed over it: never half a file under its name.
        return text + QStringLiteral("IFS= read -r m || exit 65\n"
                                     "case \"$m\" in \"\"|[0-7][0-7][0-7]|[0-7][0-7][0-7][0-7]) ;; *) echo \"werkbank: refused mode\" >&2; exit 64;; esac\n"
                                     "IFS= read -r n || exit 65\n"
                                     "case \"$n\" in \"\"|*[!0-9]*) echo \"werkbank: refused size\" >&2; exit 64;; esac\n"
                                     "[ -L \"$p\" ] && { echo \"werkbank: the file became a link\" >&2; exit 66; }\n"
                                     "[ -d \"$p\" ] && { echo \"werkbank: not a regular file\" >&2; exit 66; }\n"
                                     "d=$(dirname -- \"$p\")\n"
                                     "o=$(stat -L -c %u -- \"$d\") && a=$(stat -L -c %a -- \"$d\") || exit 66\n"
                                     "if [ \"$o\" -ne 0 ] || [ $(( 0$a & 022 )) -ne 0 ]; then echo \"werkbank: others may change the folder\" >&2; exit 70; fi\n"
                                     "t=$(mktemp -- \"$d/.werkbank-edit.XXXXXX\") || exit 73\n"
                                     "trap \"rm -f -- \\\"\\$t\\\"\" EXIT\n"
                                     "trap \"exit 1\" HUP INT TERM\n"
                                     "cat > \"$t\" || exit 74\n"
                                     "[ \"$(wc -c < \"$t\")\" -eq \"$n\" ] || { echo \"werkbank: the content did not all arrive\" >&2; exit 77; }\n"
                                     "if [ -e \"$p\" ]; then\n"
                                     "  chown \"$(stat -c %u:%g -- \"$p\")\" -- \"$t\" && chmod \"$(stat -c %a -- \"$p\")\" -- \"$t\" || exit 75\n"
                                     "  if command -v chcon >/dev/null 2>&1; then chcon --reference=\"$p\" -- \"$t\" 2>/dev/null; fi\n"
                                     "elif [ -n \"$m\" ]; then chmod \"$m\" -- \"$t\"; fi\n"
                                     "mv -f -- \"$t\" \"$p\" || exit 76\n"
                                     "trap - EXIT\n");
    }
    return text;
}

QString SudoFileAccess::scriptWords(const QString &said)
{
    // What our scripts say (in English, on stderr), in the user's language.
    if (said == QLatin1String("no such file"))
        return tr("no such file");
    if (said == QLatin1String("not a regular file"))
        return tr("not a regular file");
    if (said == QLatin1String("larger than 16 MiB"))
        return tr("larger than 16 MiB");
    if (said == QLatin1String("not an absolute path"))
        return tr("not an absolute path");
    if (said == QLatin1String("refused mode") || said == QLatin1String("refused size"))
        return tr("the save was refused (a mode or size that is not one)");
    if (said == QLatin1String("the file became a link"))
        return tr("the file became a link since it was opened");
    if (said == QLatin1String("others may change the folder"))
        return tr("its folder may be changed by others than root, so it is not written as root: edit it as the folder's owner");
    if (said == QLatin1String("the content did not all arrive"))
        return tr("the content did not all arrive; the host's file was left as it was");
    return said;
}

int SudoFileAccess::failSoon(const Done &done, const QString &error, bool wantsPassword)
{
    // Answered after the caller has the id, as a run's answer is.
    const int id = m_nextId++;
    QTimer::singleShot(0, this, [this, id, done, error, wantsPassword] {
        if (wantsPassword)
            Q_EMIT sudoPasswordNeeded(false);
        done(id, HostRun(), error);
    });
    return id;
}

int SudoFileAccess::run(Step step, const QByteArray &path, const QByteArray &rest, Done done)
{
    if (path.contains('\n') || path.contains('\0') || !path.startsWith('/')) // the path is a line of the input
        return failSoon(done, tr("Werkbank edits as root only absolute paths without a line break"));
    if (m_waitingForPassword) // asking again without one would only count as a failed login
        return failSoon(done, tr("sudo asks for the login's password"), true);
    const QByteArray input = path + '\n' + rest;
    const QString nonce = SudoExchange::newNonce();
    RunSpec spec;
    spec.command = SudoExchange::command(script(step), nonce);
    spec.inputByCaller = true;
    spec.concurrency = 1;
    spec.unknownKeys = RunSpec::UnknownKeys::Reject; // the file tab settled the host's key
    spec.hostTimeoutMs = 60000 + int(rest.size() / 64); // a large save over a slow link takes its time
    spec.title = step == Step::Store ? tr("a save of %1 as root").arg(QString::fromUtf8(path)) : tr("a read as root");
    CommandRunner *runner = m_makeRun ? m_makeRun(spec, step == Step::Store, this) : nullptr;
    if (!runner)
        return failSoon(done, tr("no connection to the host"));
    const int id = m_nextId++;
    auto *exchange = new SudoExchange(runner, nonce, input, m_password, m_keychainKey, 20000); // sudo's 20 s to ask, as for account actions
    connect(runner, &CommandRunner::finished, this, [this, id, runner, exchange, nonce, done] {
        runner->deleteLater();
        const HostRun &run = runner->result(0);
        if (run.state == HostRun::State::Failed)
            return done(id, run, run.failure.message());
        if (run.state != HostRun::State::Done)
            return done(id, run, tr("cancelled"));
        const SudoTranscript transcript = SudoTranscript::read(run.err, nonce);
        using Refusal = SudoTranscript::Refusal;
        switch (transcript.refusal(exchange->passwordGiven(), exchange->stuck())) {
        case Refusal::None:
            break;
        case Refusal::PasswordNeeded:
            m_waitingForPassword = true;
            Q_EMIT sudoPasswordNeeded(false);
            return done(id, run, tr("sudo asks for the login's password"));
        case Refusal::PasswordWrong:
            m_password.clear(); // never tried again: each try counts against the login (pam_faillock)
            m_waitingForPassword = true;
            Q_EMIT sudoPasswordNeeded(true);
            return done(id, run, tr("sudo did not accept the password"));
        case Refusal::NotAllowed:
            return done(id, run, tr("the login may not use sudo here (sudo said: %1)").arg(transcript.firstWords()));
        case Refusal::NoSudo:
            return done(id, run, tr("the host has no sudo: log in as root to edit as root"));
        case Refusal::Stuck:
            return done(id, run, tr("sudo asked something Werkbank cannot answer"));
        case Refusal::Other:
            return done(id, run, transcript.firstWords().isEmpty() ? tr("the script did not start")
                                                               : tr("the script did not start: %1").arg(transcript.firstWords()));
        }
        if (!run.succeeded()) {
            QString said = QString::fromUtf8(transcript.scriptErr).trimmed().section(QLatin1Char('\n'), 0, 0);
            if (said.startsWith(QLatin1String("werkbank: ")))
                said = scriptWords(said.mid(10));
            return done(id, run, said.isEmpty() ? tr("exit status %1").arg(run.exitStatus) : said);
        }
        done(id, run, {});
    });
    QTimer::singleShot(0, runner, &CommandRunner::start);
    return id;
}

int SudoFileAccess::resolvePath(const QByteArray &path)
{
    return run(Step::Resolve, path, {}, [this](int id, const HostRun &run, const QString &error) {
        QByteArray resolved = run.out;
        if (resolved.endsWith('\n'))
            resolved.chop(1);
        Q_EMIT pathResolved(id, error.isEmpty() ? resolved : QByteArray(), error);
    });
}

int SudoFileAccess::statPath(const QByteArray &path)
{
    return run(Step::Stat, path, {}, [this](int id, const HostRun &run, const QString &error) {
        SftpAttributes attributes;
        if (!error.isEmpty())
            return Q_EMIT pathStatted(id, attributes, error, false);
        const QList<QByteArray> words = run.out.trimmed().split(' ');
        if (words == QList<QByteArray>{"missing"})
            return Q_EMIT pathStatted(id, attributes, tr("no such file"), true);
        bool sizeOk = false, timeOk = false, modeOk = false;
        if (words.size() == 3) {
            attributes.size = words.at(0).toULongLong(&sizeOk);
            attributes.mtime = words.at(1).toUInt(&timeOk);
            attributes.permissions = words.at(2).toUInt(&modeOk, 16);
        }
        if (!sizeOk || !timeOk || !modeOk)
            return Q_EMIT pathStatted(id, SftpAttributes(), tr("the host's stat said something else: %1").arg(QString::fromUtf8(run.out.left(80))), false);
        attributes.flags = SftpAttributes::Size | SftpAttributes::Permissions | SftpAttributes::AccessModTime;
        attributes.atime = attributes.mtime;
        Q_EMIT pathStatted(id, attributes, {}, false);
    });
}

int SudoFileAccess::fetch(const QByteArray &remotePath, const QString &localPath)
{
    return run(Step::Fetch, remotePath, {}, [this, localPath](int id, const HostRun &run, const QString &error) {
        if (!error.isEmpty())
            return Q_EMIT copied(id, error);
        // At most 16 MiB of text, written at once: the copy is whole or not there.
        QSaveFile copy(localPath);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(run.out) != run.out.size() || !copy.commit())
            return Q_EMIT copied(id, copy.errorString());
        Q_EMIT copied(id, {});
    });
}

int SudoFileAccess::store(const QString &localPath, const QByteArray &remotePath, int mode)
{
    QFile local(localPath);
    const Done answer = [this](int id, const HostRun &, const QString &error) { Q_EMIT copied(id, error); };
    if (!local.open(QIODevice::ReadOnly) || local.size() > largestFile)
        return failSoon(answer, local.isOpen() ? tr("larger than 16 MiB") : local.errorString());
    const QByteArray modeLine = mode < 0 ? QByteArray() : QByteArray::number(mode & 07777, 8).rightJustified(3, '0');
    const QByteArray content = local.readAll();
    return run(Step::Store, remotePath, modeLine + '\n' + QByteArray::number(content.size()) + '\n' + content, answer);
}

} // namespace wb
