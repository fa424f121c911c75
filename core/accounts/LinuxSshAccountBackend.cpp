#include "core/accounts/LinuxSshAccountBackend.h"

#include "core/accounts/AccountActionJob.h"
#include "core/accounts/AccountInput.h"
#include "core/accounts/LinuxAccountListing.h"

#include <QTimer>

namespace wb {

namespace {

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

PrivilegedOutcome PrivilegedOutcome::read(const QByteArray &err, const QString &nonce)
{
    PrivilegedOutcome outcome;
    static_cast<SudoTranscript &>(outcome) = SudoTranscript::read(err, nonce);
    return outcome;
}

AccountReply::Error PrivilegedOutcome::sudoError(bool passwordGiven) const
{
    using Error = AccountReply::Error;
    switch (refusal(passwordGiven, stuck)) {
    case Refusal::NotAllowed: return Error::SudoNotAllowed;
    case Refusal::PasswordNeeded: return Error::SudoPasswordNeeded;
    case Refusal::PasswordWrong: return Error::SudoPasswordWrong;
    default: return Error::Failed;
    }
}

QString PrivilegedOutcome::sudoMessage(AccountReply::Error error, const QString &host, const QString &user) const
{
    using Error = AccountReply::Error;
    if (stuck) {
        const QString asked = firstLine(sudoErr.trimmed().split('\n').last());
        return asked.isEmpty() ? tr("%1: sudo asked something Werkbank cannot answer, and gave up.").arg(host)
                               : tr("%1: sudo asked something Werkbank cannot answer: %2").arg(host, asked);
    }
    switch (error) {
    case Error::SudoPasswordNeeded:
        return tr("%1: logged in as %2, so this goes through sudo, which asks for %2’s password.").arg(host, user);
    case Error::SudoPasswordWrong:
        return tr("%1: sudo did not accept the password for %2.").arg(host, user);
    case Error::SudoNotAllowed:
        return tr("%1: %2 is not allowed to use sudo for account changes (sudo said: %3).").arg(host, user, firstLine(sudoErr));
    default:
        break;
    }
    if (refusal(false, false) == Refusal::NoSudo)
        return tr("%1: logged in as %2, and the host has no sudo: log in as root to act on accounts.").arg(host, user);
    const QString said = firstLine(sudoErr);
    return said.isEmpty() ? tr("%1: the account script did not start.").arg(host)
                          : tr("%1: the account script did not start: %2").arg(host, said);
}

LinuxSshAccountBackend::LinuxSshAccountBackend(SshTarget target, QObject *parent)
    : AccountBackend(parent), m_target(std::move(target))
{
}

AuditTarget LinuxSshAccountBackend::auditTarget() const
{
    AuditTarget target;
    target.kind = AuditTarget::Kind::LinuxHost;
    target.path = m_target.endpoint.name;
    const QString host = m_target.endpoint.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(m_target.endpoint.host)
                                                                           : m_target.endpoint.host;
    target.address = QStringLiteral("%1:%2").arg(host).arg(m_target.endpoint.port);
    // Not root: the changes went through this user's sudo.
    target.login = m_target.endpoint.user;
    return target;
}

AccountReply *LinuxSshAccountBackend::refuse(const QString &message)
{
    auto *reply = new AccountReply(this);
    QTimer::singleShot(0, reply, [reply, message] { reply->finish(AccountReply::Error::Refused, message); });
    return reply;
}

AccountReply *LinuxSshAccountBackend::listAccounts(bool includeSystemAccounts)
{
    return run(LinuxAccountListing::invocation(includeSystemAccounts), Purpose::List, {}, tr("listing accounts"));
}

AccountReply *LinuxSshAccountBackend::readAccount(const QString &user)
{
    if (!AccountInput::isValidUsername(user))
        return refuse(tr("“%1” is not a user name Werkbank acts on.").arg(user));
    return run(LinuxAccountListing::invocationFor(user), Purpose::Read, user, tr("reading the account"));
}

AccountReply *LinuxSshAccountBackend::perform(const AccountAction &action)
{
    RemoteInvocation invocation;
    QString error;
    if (!LinuxAccountCommands::build(action, &invocation, &error))
        return refuse(error);
    return run(invocation, Purpose::Act, action.user, AccountActionJob::verb(action.kind));
}

AccountReply *LinuxSshAccountBackend::run(const RemoteInvocation &invocation, Purpose purpose, const QString &user,
                                          const QString &verb)
{
    auto *reply = new AccountReply(this);
    // A new nonce a run: the prompt and ready line cannot be printed ahead by anything else.
    const QString nonce = SudoExchange::newNonce();
    RunSpec spec;
    spec.command = LinuxAccountCommands::commandFor(invocation.script, nonce);
    spec.input = invocation.input;
    spec.inputByCaller = true;
    spec.concurrency = 1;
    spec.hostTimeoutMs = m_timeoutMs;
    spec.unknownKeys = RunSpec::UnknownKeys::Reject; // host keys are settled before an account is touched
    auto *runner = new CommandRunner({m_target}, spec, reply);
    runner->setPool(m_pool);
    // The sudo password set, else the keychain's for this login (when the target allows it).
    auto *exchange = new SudoExchange(runner, nonce, invocation.input, m_sudoPassword,
                                      m_target.options.useKeychain ? keychainKeyFor(m_target.endpoint) : QString(),
                                      m_exchangePatienceMs);
    const QString login = m_target.endpoint.user.isEmpty() ? tr("the login user") : m_target.endpoint.user;
    connect(runner, &CommandRunner::finished, reply, [this, reply, runner, purpose, user, verb, login, exchange, nonce] {
        const HostRun run = runner->result(0);
        runner->deleteLater();
        const QString host = m_target.endpoint.name;
        if (run.state == HostRun::State::Failed) {
            // After the data went out the host may have made the change: say so, never "it failed".
            if (exchange->dataSent() && purpose == Purpose::Act)
                reply->finish(AccountReply::Error::OutcomeUnknown,
                              tr("%1 The change may have been made before the connection ended; read the account again to see.")
                                  .arg(run.failure.message()));
            else
                reply->finish(AccountReply::Error::Connection, run.failure.message());
            return;
        }
        PrivilegedOutcome outcome = PrivilegedOutcome::read(run.err, nonce);
        outcome.stuck = exchange->stuck() && !outcome.reachedScript;
        if (!outcome.reachedScript) {
            const AccountReply::Error error = outcome.sudoError(exchange->passwordGiven());
            reply->finish(error, outcome.sudoMessage(error, host, login));
            return;
        }
        if (!run.succeeded()) {
            // The tool's own words, first line (they name the account), and the status.
            const QString said = firstLine(outcome.scriptErr + run.out);
            const QString status = run.hasExitStatus ? QString::number(run.exitStatus) : run.exitSignal;
            const QString tail = said.isEmpty() ? QString() : QStringLiteral(": ") + said;
            reply->finish(AccountReply::Error::Failed,
                          user.isEmpty() ? tr("%1: %2 failed (exit status %3)%4").arg(host, verb, status, tail)
                                         : tr("%1: %2 failed for %3 (exit status %4)%5").arg(host, verb, user, status, tail));
            return;
        }
        if (purpose == Purpose::Act) {
            reply->finish(AccountReply::Error::None, {});
            return;
        }
        QList<AccountStatus> accounts;
        QString error;
        if (!LinuxAccountListing::parse(run.out, &accounts, &error)) {
            reply->finish(AccountReply::Error::Failed, host + QStringLiteral(": ") + error);
            return;
        }
        if (purpose == Purpose::Read && accounts.isEmpty()) {
            reply->finish(AccountReply::Error::NoSuchAccount, tr("%1: there is no account “%2”.").arg(host, user));
            return;
        }
        reply->finish(AccountReply::Error::None, {}, accounts);
    });
    QTimer::singleShot(0, runner, &CommandRunner::start); // finished() comes after this call returns
    return reply;
}

} // namespace wb
