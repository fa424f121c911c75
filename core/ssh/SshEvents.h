#pragma once

#include "core/ssh/KnownHosts.h"
#include "core/ssh/SshTypes.h"

#include <QMetaType>

namespace wb {

// What the user decides about a server key that known_hosts does not list.
enum class HostKeyDecision { Reject, AcceptOnce, AcceptAndSave };

struct HostKeyQuestion
{
    int hop = 0;                 // 0 = first machine on the way (a jump host, or the target)
    SshEndpoint endpoint;
    HostKey key;                 // what the server presented
    KnownHosts::Match match = KnownHosts::Match::Unknown;
    QList<HostKey> listed;       // what known_hosts lists for the host
    QString knownHostsPath;
    // The verdict came from the team's known-hosts store (knownHostsPath is
    // still the person's file); `teamNote` says who accepted what it lists.
    bool fromTeam = false;
    QString teamNote;
};

struct SecretRequest
{
    enum class Kind { Password, KeyPassphrase, KeyboardInteractive };
    quint64 id = 0;
    int hop = 0;
    SshEndpoint endpoint;
    Kind kind = Kind::Password;
    QString prompt;              // the server's prompt for keyboard-interactive
    bool echo = false;           // keyboard-interactive: show what is typed
    QString keyFile;             // for KeyPassphrase
    int attempt = 1;             // 1 = first try (the keychain may answer it)
    // Keyboard-interactive: a hidden prompt beyond the first of the first round
    // (a one-time code, "New password" for an expired one). Prompts are
    // localised, so this is decided by position, never by reading their words.
    // Only the user can answer it: never the keychain, never remembered.
    bool followUp = false;

    QString keychainKey() const
    {
        return kind == Kind::KeyPassphrase ? keychainKeyForKeyFile(keyFile) : keychainKeyFor(endpoint);
    }
    // A keyboard-interactive prompt with echo off is the password in disguise.
    bool isSecretForKeychain() const { return kind != Kind::KeyboardInteractive || (!echo && !followUp); }
};

struct SshOutcome
{
    bool failed = false;
    SshFailure failure;          // when failed
    bool closedByUser = false;
    bool hasExitStatus = false;
    int exitStatus = 0;
    QString exitSignal;
    // The channel ended and the connection stays logged in (keepConnection).
    bool connectionKept = false;
    // A connection taken from the pool could not carry a new channel (the
    // server or the network dropped it while it waited): connect afresh.
    bool reusedConnectionFailed = false;
    // Logged in, but the server has no such subsystem (SshConnectOptions::subsystem).
    bool subsystemRefused = false;

    static SshOutcome failedWith(SshFailure failure)
    {
        SshOutcome outcome;
        outcome.failed = true;
        outcome.failure = std::move(failure);
        return outcome;
    }
};

} // namespace wb

Q_DECLARE_METATYPE(wb::HostKeyQuestion)
Q_DECLARE_METATYPE(wb::SecretRequest)
Q_DECLARE_METATYPE(wb::SshOutcome)
Q_DECLARE_METATYPE(wb::SshFailure)
Q_DECLARE_METATYPE(wb::SshStep)
Q_DECLARE_METATYPE(wb::HostKeyDecision)
