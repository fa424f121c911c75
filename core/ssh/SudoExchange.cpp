#include "core/ssh/SudoExchange.h"

#include "core/secrets/CredentialStore.h"
#include "core/ssh/CommandRunner.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace wb {

SudoTranscript SudoTranscript::read(const QByteArray &err, const QString &nonce)
{
    SudoTranscript transcript;
    const QByteArray marker = SudoExchange::readyMarkerFor(nonce);
    const qsizetype ready = err.indexOf(marker);
    transcript.reachedScript = ready >= 0;
    transcript.sudoErr = transcript.reachedScript ? err.left(ready) : err;
    transcript.scriptErr = transcript.reachedScript ? err.mid(ready + marker.size()) : QByteArray();
    const QByteArray prompt = SudoExchange::promptFor(nonce);
    transcript.prompts = int(transcript.sudoErr.count(prompt));
    transcript.sudoErr.replace(prompt, QByteArray());
    return transcript;
}

SudoTranscript::Refusal SudoTranscript::refusal(bool passwordGiven, bool stuck) const
{
    if (reachedScript)
        return Refusal::None;
    if (stuck)
        return Refusal::Stuck;
    if (sudoErr.contains("not in the sudoers") || sudoErr.contains("is not allowed to") || sudoErr.contains("may not run sudo"))
        return Refusal::NotAllowed;
    if (prompts > 0 && !passwordGiven)
        return Refusal::PasswordNeeded;
    if (passwordGiven && (prompts >= 2 || sudoErr.contains("incorrect password")))
        return Refusal::PasswordWrong;
    if (sudoErr.contains("sudo") && (sudoErr.contains("No such file") || sudoErr.contains("not found")))
        return Refusal::NoSudo;
    return Refusal::Other;
}

QString SudoTranscript::firstWords() const
{
    return QString::fromUtf8(sudoErr).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
}

QByteArray SudoExchange::promptFor(const QString &nonce)
{
    return nonce.isEmpty() ? QByteArray("werkbank-sudo-password:") : "werkbank-sudo-password-" + nonce.toLatin1() + ':';
}

QByteArray SudoExchange::readyMarkerFor(const QString &nonce)
{
    return nonce.isEmpty() ? QByteArray("werkbank: ready\n") : "werkbank: ready " + nonce.toLatin1() + '\n';
}

QString SudoExchange::newNonce()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

QString SudoExchange::command(const QString &script, const QString &nonce)
{
    Q_ASSERT(!script.contains(QLatin1Char('\'')));
    // Only [0-9a-f] may be a nonce: it is pasted into the command line.
    Q_ASSERT(std::all_of(nonce.begin(), nonce.end(), [](QChar c) { return c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f')); }));
    // -k: sudo always asks (when its rules want a password at all), so the
    // exchange does not depend on a cached login. LC_ALL=C: sudo's own
    // refusals are in English, which is how they are recognised.
    return QStringLiteral("if [ \"$(id -u)\" -eq 0 ]; then set --; else set -- sudo -S -k -p %1 --; fi; "
                          "exec env LC_ALL=C \"$@\" sh -c 'echo \"%2\" >&2\n%3'")
        .arg(QString::fromLatin1(promptFor(nonce)), QString::fromLatin1(readyMarkerFor(nonce)).trimmed(), script);
}

SudoExchange::SudoExchange(CommandRunner *runner, const QString &nonce, const QByteArray &input, const QString &password,
                           const QString &keychainKey, int patienceMs)
    : QObject(runner), m_runner(runner), m_prompt(promptFor(nonce)), m_marker(readyMarkerFor(nonce)), m_input(input),
      m_password(password), m_keychainKey(keychainKey), m_patience(new QTimer(this))
{
    m_patience->setSingleShot(true);
    m_patience->setInterval(patienceMs);
    connect(m_patience, &QTimer::timeout, this, [this] {
        if (m_dataSent)
            return;
        m_stuck = true;
        m_runner->endInput(0);
    });
    connect(runner, &CommandRunner::hostChanged, this, [this](int) {
        if (m_runner->result(0).state == HostRun::State::Running && !m_patience->isActive() && !m_dataSent)
            m_patience->start();
    });
    connect(runner, &CommandRunner::outputReceived, this, [this](int, bool isStderr) {
        if (isStderr && !m_dataSent)
            onStderr();
    });
}

void SudoExchange::onStderr()
{
    const QByteArray &err = m_runner->result(0).err;
    if (err.contains(m_marker)) {
        m_dataSent = true;
        m_patience->stop();
        m_runner->sendInput(0, m_input);
        m_runner->endInput(0);
        return;
    }
    const int prompts = int(err.count(m_prompt));
    if (prompts <= m_answered)
        return;
    m_patience->start(); // a prompt answered: sudo gets its time again
    const bool first = m_answered == 0;
    m_answered = prompts;
    if (!first) {
        m_runner->endInput(0);
    } else if (!m_password.isEmpty()) {
        answer(m_password);
    } else if (!m_keychainKey.isEmpty()) {
        auto *credentials = new CredentialStore(this);
        QPointer<SudoExchange> alive(this);
        credentials->read(m_keychainKey, [alive](std::optional<QString> secret, const QString &) {
            if (alive)
                alive->answer(secret.value_or(QString()));
        });
    } else {
        m_runner->endInput(0);
    }
}

void SudoExchange::answer(const QString &secret)
{
    // A line break would end the password early and pass the rest to whatever reads next;
    // sudo reads at most 255 bytes and would take the rest as a second try.
    const bool unusable = secret.isEmpty() || secret.contains(QLatin1Char('\n')) || secret.contains(QLatin1Char('\r'))
                          || secret.contains(QChar(0)) || secret.toUtf8().size() > 255;
    if (unusable) {
        m_runner->endInput(0);
        return;
    }
    m_passwordGiven = true;
    m_runner->sendInput(0, secret.toUtf8() + '\n');
}

} // namespace wb
