#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSocketNotifier;
class QTimer;
struct ldap;
struct ldapmsg;

namespace wb {

// Where and as whom to connect. TLS is not optional: ldaps://, or ldap:// with
// StartTLS (a failed StartTLS is an error, never a fallback to plain text),
// the server's certificate checked against the CA file (the system's trusted
// CAs when none is named) and its name against the URL's host.
struct LdapSettings
{
    QString url;            // ldaps://host[:port] or ldap://host[:port]
    QString caFile;         // PEM; empty: the system's trusted CAs
    QString bindDn;         // a DN, or user@REALM for Active Directory
    QString bindPassword;   // a secret: kept in memory only, never logged
    int timeoutMs = 15000;  // connecting, and each request
};

struct LdapEntry
{
    QString dn;
    QHash<QString, QList<QByteArray>> attributes; // keys in lower case

    QList<QByteArray> values(const QString &name) const { return attributes.value(lower(name)); }
    QByteArray value(const QString &name) const;
    QString text(const QString &name) const { return QString::fromUtf8(value(name)); }
    bool has(const QString &name) const { return attributes.contains(lower(name)); }

private:
    // Most names asked for are written in camel case: lowered without a copy when they are not.
    static QString lower(const QString &name)
    {
        for (const QChar c : name) {
            if (c.isUpper())
                return name.toLower();
        }
        return name;
    }
};

struct LdapModification
{
    enum class Op { Add, Delete, Replace };
    Op op = Op::Replace;
    QByteArray attribute;
    QList<QByteArray> values; // empty with Delete: the whole attribute
};

// How one request ended: the LDAP result code (0 = success; negative codes
// are the client library's own: -1 server down, -5 timeout, -11 connect
// error), the server's words, and for a search the entries it returned.
struct LdapOutcome
{
    int code = 0;
    QString diagnostic;
    QString matchedDn;
    int passwordPolicyError = -1;  // LDAPPasswordPolicyError from the ppolicy control; -1 none
    QList<LdapEntry> entries;
    bool stoppedEarly = false;     // a page handler asked for no more

    bool succeeded() const { return code == 0; }
};

// One connection to a directory server through libldap, on the thread it
// lives in (a worker: never the GUI thread). Opening blocks that thread at
// most the timeout; every request after that is asynchronous, driven by the
// connection's socket, and given up (abandoned) after the timeout.
class LdapConnection : public QObject
{
    Q_OBJECT
public:
    enum class Scope { Base, OneLevel, Subtree };
    using Done = std::function<void(const LdapOutcome &)>;
    // Called once per page of a search with that page's entries; returning
    // false stops the search (the outcome then has stoppedEarly set).
    using PageHandler = std::function<bool(const QList<LdapEntry> &)>;

    explicit LdapConnection(QObject *parent = nullptr);
    ~LdapConnection() override;

    // Connects with TLS and binds (simple bind, with the password-policy
    // request control). On failure the connection stays closed.
    LdapOutcome open(const LdapSettings &settings);
    bool isOpen() const { return m_ld != nullptr; }
    // Ends pending requests with "server down" and unbinds.
    void close();
    const LdapSettings &settings() const { return m_settings; }

    // With a page handler the entries go to it, page by page (RFC 2696 paged
    // results of `pageSize`); without one they are collected in the outcome.
    void search(const QString &base, Scope scope, const QString &filter, const QStringList &attributes,
                int pageSize, PageHandler onPage, Done done);
    void modify(const QString &dn, const QList<LdapModification> &changes, Done done);
    // RFC 3062 Password Modify extended operation, as an administrator: no old password.
    void passwordModify(const QString &dn, const QString &newPassword, Done done);

private:
    struct Pending;
    void start(int msgid, std::unique_ptr<Pending> pending);
    // A request that libldap sent (rc = success) waits for its answer; otherwise it ends now.
    void startOrFail(int rc, int msgid, Done done);
    void drain();
    void handle(::ldapmsg *message);
    void finish(int msgid, LdapOutcome outcome);
    void failAll(int code, const QString &message);
    int nextPage(Pending &pending, const QByteArray &cookie, int *msgid);
    void armTimer();
    void expire();
    QString libraryMessage(int code) const;
    QString tlsFailure(int code) const;

    ::ldap *m_ld = nullptr;
    LdapSettings m_settings;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timer = nullptr;
    QHash<int, std::shared_ptr<Pending>> m_pending;
};

} // namespace wb
