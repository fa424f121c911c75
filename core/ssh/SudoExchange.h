#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QTimer;

namespace wb {

class CommandRunner;

// What sudo said before a privileged script ran, and the script's own words
// after its ready line (stderr of a run made with SudoExchange::command).
struct SudoTranscript
{
    bool reachedScript = false; // the ready line came: sudo (if any) let it run
    int prompts = 0;            // how often sudo asked for a password
    QByteArray scriptErr;       // stderr after the ready line
    QByteArray sudoErr;         // stderr before it, without the prompts

    static SudoTranscript read(const QByteArray &err, const QString &nonce);

    // Why sudo did not run the script. sudo's words under LC_ALL=C (1.8 and
    // 1.9): "alice is not in the sudoers file", "Sorry, user alice is not
    // allowed to execute …", "user alice may not run sudo".
    enum class Refusal { None, Stuck, NotAllowed, PasswordNeeded, PasswordWrong, NoSudo, Other };
    Refusal refusal(bool passwordGiven, bool stuck) const;
    // sudoErr's first line.
    QString firstWords() const;
};

// Runs one of our fixed scripts as root over SSH: directly when the login is
// root, otherwise through `sudo -S`, and drives its stdin: sudo's prompt → the
// sudo password; the script's ready line → the data. The data is never sent
// before the script says it is running, so a wrong sudo password cannot make
// sudo read a user name, a new password or a file's content as a guess. Used
// by account actions on Linux hosts and by editing a file as root.
class SudoExchange : public QObject
{
    Q_OBJECT
public:
    // The command line for `script` (our own fixed text, without a single
    // quote): directly as root, else through `sudo -S -k` with promptFor(nonce);
    // the script first writes readyMarkerFor(nonce) to stderr. The nonce
    // (newNonce(), per run) keeps text that start-up files or PAM print from
    // passing for either, so data is never sent on a look-alike.
    static QString command(const QString &script, const QString &nonce);
    static QByteArray promptFor(const QString &nonce);
    static QByteArray readyMarkerFor(const QString &nonce);
    static QString newNonce();

    // Drives the stdin of `runner` (one host, RunSpec::inputByCaller, not started
    // yet), whose child this becomes. sudo's first prompt is answered with
    // `password`, else with the keychain's entry `keychainKey` (empty: none);
    // a second prompt (the password was wrong), or none to give, ends the input.
    // Something else asked (a one-time code) gets no answer: after
    // `patienceMs` without the ready line the input ends, and sudo with it.
    SudoExchange(CommandRunner *runner, const QString &nonce, const QByteArray &input, const QString &password,
                 const QString &keychainKey, int patienceMs);

    bool dataSent() const { return m_dataSent; }
    bool passwordGiven() const { return m_passwordGiven; }
    bool stuck() const { return m_stuck; }

private:
    void onStderr();
    void answer(const QString &secret);

    CommandRunner *m_runner;
    QByteArray m_prompt;
    QByteArray m_marker;
    QByteArray m_input;
    QString m_password;
    QString m_keychainKey;
    QTimer *m_patience;
    int m_answered = 0;
    bool m_dataSent = false;
    bool m_passwordGiven = false;
    bool m_stuck = false;
};

} // namespace wb
