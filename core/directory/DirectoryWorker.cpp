#include "core/directory/DirectoryWorker.h"

#include "core/directory/DirectoryWords.h"
#include "core/directory/LdapText.h"

#include <QMutexLocker>

#include <ldap.h>

namespace wb {

void DirectoryMailbox::post(std::function<void()> work)
{
    QMutexLocker lock(&mutex);
    if (target)
        QMetaObject::invokeMethod(target, std::move(work), Qt::QueuedConnection);
}

void DirectoryMailbox::close()
{
    QMutexLocker lock(&mutex);
    target = nullptr;
}

ReplyChannel::ReplyChannel(std::shared_ptr<DirectoryMailbox> mailbox, AccountReply *reply)
    : m_mailbox(std::move(mailbox))
    , m_reply(reply)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    QObject::connect(reply, &QObject::destroyed, [cancelled = m_cancelled] { cancelled->store(true); });
}

void ReplyChannel::page(const QList<AccountStatus> &accounts) const
{
    m_mailbox->post([reply = m_reply, accounts] {
        if (reply)
            reply->addPage(accounts);
    });
}

void ReplyChannel::finish(AccountReply::Error error, const QString &message, const QList<AccountStatus> &accounts) const
{
    m_mailbox->post([reply = m_reply, error, message, accounts] {
        if (reply)
            reply->finish(error, message, accounts);
    });
}

void ReplyChannel::finishWithPolicy(const PasswordPolicy &policy) const
{
    m_mailbox->post([reply = m_reply, policy] {
        if (!reply)
            return;
        reply->setPasswordPolicy(policy);
        reply->finish(AccountReply::Error::None, {});
    });
}

DirectoryWorker::DirectoryWorker(Directory directory, std::shared_ptr<DirectoryMailbox> mailbox)
    : m_directory(std::move(directory))
    , m_mailbox(std::move(mailbox))
    , m_connection(new LdapConnection(this))
    , m_profile(DirectoryProfile::create(m_directory.kind))
{
    m_settings.url = m_directory.url;
    m_settings.caFile = m_directory.caFile;
    m_settings.bindDn = m_directory.bindDn;
}

void DirectoryWorker::whenReady(const ReplyChannel &channel, Ready ready)
{
    if (!m_connection->isOpen()) {
        if (m_settings.bindPassword.isEmpty()) {
            channel.finish(AccountReply::Error::Connection,
                           tr("No bind password for the directory %1: Werkbank needs the password of %2.")
                               .arg(m_directory.name, m_directory.bindDn));
            return;
        }
        const LdapOutcome opened = m_connection->open(m_settings);
        if (!opened.succeeded()) {
            const DirectoryWords::Failure failure = DirectoryWords::bindFailure(opened, m_directory.name, m_directory.bindDn);
            channel.finish(failure.error, failure.message);
            return;
        }
    }
    if (m_profile) {
        ready();
        return;
    }
    // Which kind of directory: Active Directory names its capabilities in the root DSE.
    m_connection->search(QString(), LdapConnection::Scope::Base, QStringLiteral("(objectClass=*)"),
                         {QStringLiteral("supportedCapabilities"), QStringLiteral("supportedControl")}, 0, {},
                         [this, channel, ready](const LdapOutcome &outcome) {
                             if (!outcome.succeeded() || outcome.entries.isEmpty()) {
                                 const DirectoryWords::Failure failure = DirectoryWords::requestFailure(
                                     outcome, m_directory.name, tr("read its root DSE"), m_directory.bindDn);
                                 channel.finish(failure.error, failure.message);
                                 return;
                             }
                             const bool activeDirectory = outcome.entries.first()
                                                              .values(QStringLiteral("supportedCapabilities"))
                                                              .contains("1.2.840.113556.1.4.800");
                             const DirectoryKind kind = activeDirectory ? DirectoryKind::ActiveDirectory : DirectoryKind::OpenLdap;
                             m_profile = DirectoryProfile::create(kind);
                             if (onKindKnown)
                                 m_mailbox->post([report = onKindKnown, kind] { report(kind); });
                             ready();
                         });
}

void DirectoryWorker::withGroups(const ReplyChannel &channel, std::function<void(const QHash<QString, QStringList> &)> then)
{
    if (!m_profile->groupsFromGroupEntries()) {
        then({});
        return;
    }
    auto groups = std::make_shared<QHash<QString, QStringList>>();
    m_connection->search(
        LdapText::domainOf(m_directory.baseDn), LdapConnection::Scope::Subtree, m_profile->allGroupsFilter(),
        {QStringLiteral("cn"), QStringLiteral("member"), QStringLiteral("uniqueMember"), QStringLiteral("memberUid")}, 500,
        [groups](const QList<LdapEntry> &page) {
            for (const LdapEntry &group : page) {
                const QString name = group.text(QStringLiteral("cn"));
                for (const char *attribute : {"member", "uniqueMember"}) {
                    for (const QByteArray &member : group.values(QLatin1String(attribute)))
                        (*groups)[QString::fromUtf8(member).toLower()].append(name);
                }
                for (const QByteArray &login : group.values(QStringLiteral("memberUid")))
                    (*groups)[QStringLiteral("uid:") + QString::fromUtf8(login)].append(name);
            }
            return true;
        },
        [this, channel, groups, then](const LdapOutcome &outcome) {
            if (!outcome.succeeded() && outcome.code != LDAP_INSUFFICIENT_ACCESS) {
                const DirectoryWords::Failure failure =
                    DirectoryWords::requestFailure(outcome, m_directory.name, tr("list its groups"), m_directory.bindDn);
                channel.finish(failure.error, failure.message);
                return;
            }
            then(*groups);
        });
}

AccountStatus DirectoryWorker::statusOf(const LdapEntry &entry, const QHash<QString, QStringList> &groups) const
{
    AccountStatus status = m_profile->status(entry);
    QStringList names = status.groups;
    names += groups.value(entry.dn.toLower());
    names += groups.value(QStringLiteral("uid:") + status.name);
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    status.groups = names;
    return status;
}

void DirectoryWorker::search(const QString &text, int pageSize, const ReplyChannel &channel)
{
    whenReady(channel, [this, text, pageSize, channel] {
        withGroups(channel, [this, text, pageSize, channel](const QHash<QString, QStringList> &groups) {
            m_connection->search(
                m_directory.baseDn, LdapConnection::Scope::Subtree, m_profile->peopleFilter(text), m_profile->attributes(),
                pageSize,
                [this, groups, channel](const QList<LdapEntry> &page) {
                    if (channel.cancelled())
                        return false;
                    QList<AccountStatus> accounts;
                    accounts.reserve(page.size());
                    for (const LdapEntry &entry : page)
                        accounts.append(statusOf(entry, groups));
                    channel.page(accounts);
                    return true;
                },
                [this, channel](const LdapOutcome &outcome) {
                    if (!outcome.succeeded()) {
                        const DirectoryWords::Failure failure =
                            DirectoryWords::requestFailure(outcome, m_directory.name, tr("search"), m_directory.bindDn);
                        channel.finish(failure.error, failure.message);
                        return;
                    }
                    channel.finish(AccountReply::Error::None, {});
                });
        });
    });
}

bool DirectoryWorker::isDnHere(const QString &user) const
{
    return user.contains(u'=') && user.endsWith(m_directory.baseDn, Qt::CaseInsensitive);
}

void DirectoryWorker::findEntry(const QString &user, const ReplyChannel &channel, std::function<void(const LdapEntry &)> then)
{
    // A DN is read where it is; a login is looked for under the base DN.
    const bool byDn = isDnHere(user);
    m_connection->search(byDn ? user : m_directory.baseDn, byDn ? LdapConnection::Scope::Base : LdapConnection::Scope::Subtree,
                         byDn ? QStringLiteral("(objectClass=*)") : m_profile->loginFilter(user), m_profile->attributes(), 0, {},
                         [this, user, channel, then](const LdapOutcome &outcome) {
                             if (outcome.code == LDAP_NO_SUCH_OBJECT || (outcome.succeeded() && outcome.entries.isEmpty())) {
                                 channel.finish(AccountReply::Error::NoSuchAccount,
                                                tr("The directory %1 has no account “%2”.").arg(m_directory.name, user));
                                 return;
                             }
                             if (!outcome.succeeded()) {
                                 const DirectoryWords::Failure failure = DirectoryWords::requestFailure(
                                     outcome, m_directory.name, tr("find %1").arg(user), m_directory.bindDn);
                                 channel.finish(failure.error, failure.message);
                                 return;
                             }
                             if (outcome.entries.size() > 1) {
                                 channel.finish(AccountReply::Error::Failed,
                                                tr("The directory %1 has %2 accounts with the login “%3”; name one by its DN.")
                                                    .arg(m_directory.name)
                                                    .arg(outcome.entries.size())
                                                    .arg(user));
                                 return;
                             }
                             then(outcome.entries.first());
                         });
}

void DirectoryWorker::read(const QString &user, const ReplyChannel &channel)
{
    whenReady(channel, [this, user, channel] {
        if (!isDnHere(user) && !m_profile->isValidLogin(user)) {
            channel.finish(AccountReply::Error::NoSuchAccount,
                           tr("“%1” is not a login the directory %2 can have.").arg(user, m_directory.name));
            return;
        }
        findEntry(user, channel, [this, channel](const LdapEntry &entry) {
            withGroups(channel, [this, channel, entry](const QHash<QString, QStringList> &groups) {
                channel.finish(AccountReply::Error::None, {}, {statusOf(entry, groups)});
            });
        });
    });
}

QString DirectoryWorker::what(const AccountAction &action, const QString &who) const
{
    using Kind = AccountAction::Kind;
    switch (action.kind) {
    case Kind::ResetPassword: return tr("reset the password of %1").arg(who);
    case Kind::MustChangePassword: return tr("make %1 change the password at the next logon").arg(who);
    case Kind::Lock: return tr("lock %1").arg(who);
    case Kind::Unlock: return tr("unlock %1").arg(who);
    case Kind::Disable: return tr("disable %1").arg(who);
    case Kind::Enable: return tr("enable %1").arg(who);
    case Kind::ResetFailedLogins: return tr("reset the failed logons of %1").arg(who);
    case Kind::SetExpiry: return tr("set the expiry of %1").arg(who);
    case Kind::ClearExpiry: return tr("clear the expiry of %1").arg(who);
    case Kind::AddToGroup: return tr("add %1 to the group %2").arg(who, action.group);
    case Kind::RemoveFromGroup: return tr("remove %1 from the group %2").arg(who, action.group);
    }
    return {};
}

void DirectoryWorker::perform(const AccountAction &action, const ReplyChannel &channel)
{
    whenReady(channel, [this, action, channel] {
        const QString user = action.accountId.isEmpty() ? action.user : action.accountId;
        if (!isDnHere(user) && !m_profile->isValidLogin(user)) {
            channel.finish(AccountReply::Error::Refused,
                           tr("“%1” is not a login the directory %2 can have; nothing was sent.").arg(user, m_directory.name));
            return;
        }
        const QString refusal = m_profile->notApplicable(action.kind);
        if (!refusal.isEmpty()) {
            channel.finish(AccountReply::Error::Refused, refusal);
            return;
        }
        findEntry(user, channel, [this, action, channel](const LdapEntry &entry) {
            if (action.kind == AccountAction::Kind::AddToGroup || action.kind == AccountAction::Kind::RemoveFromGroup) {
                changeGroup(action, entry, channel);
                return;
            }
            QString why;
            const QList<LdapStep> steps = m_profile->steps(action, entry, &why);
            if (steps.isEmpty()) {
                channel.finish(AccountReply::Error::Refused, why);
                return;
            }
            runSteps(steps, entry.dn, what(action, entry.dn), channel);
        });
    });
}

void DirectoryWorker::readPolicy(const QString &user, const ReplyChannel &channel)
{
    whenReady(channel, [this, user, channel] {
        if (user.isEmpty() || (!isDnHere(user) && !m_profile->isValidLogin(user))) {
            readPolicyAt({}, channel);
            return;
        }
        // The policy that applies to this person, where the entry names one.
        const bool byDn = isDnHere(user);
        m_connection->search(byDn ? user : m_directory.baseDn, byDn ? LdapConnection::Scope::Base : LdapConnection::Scope::Subtree,
                             byDn ? QStringLiteral("(objectClass=*)") : m_profile->loginFilter(user),
                             {m_profile->policyPointerAttribute()}, 0, {}, [this, channel](const LdapOutcome &outcome) {
                                 const QString pointer = outcome.succeeded() && outcome.entries.size() == 1
                                                             ? outcome.entries.first().text(m_profile->policyPointerAttribute())
                                                             : QString();
                                 readPolicyAt(pointer, channel);
                             });
    });
}

void DirectoryWorker::findDomainControllers(const ReplyChannel &channel)
{
    whenReady(channel, [this, channel] {
        // Computers with SERVER_TRUST_ACCOUNT (0x2000) are the domain controllers.
        m_connection->search(LdapText::domainOf(m_directory.baseDn), LdapConnection::Scope::Subtree,
                             QStringLiteral("(&(objectCategory=computer)(userAccountControl:1.2.840.113556.1.4.803:=8192))"),
                             {QStringLiteral("dNSHostName")}, 0, {}, [channel](const LdapOutcome &outcome) {
                                 QList<AccountStatus> servers;
                                 for (const LdapEntry &entry : outcome.entries) {
                                     AccountStatus server;
                                     server.name = entry.text(QStringLiteral("dNSHostName"));
                                     if (!server.name.isEmpty())
                                         servers.append(server);
                                 }
                                 channel.finish(AccountReply::Error::None, {}, servers);
                             });
    });
}

void DirectoryWorker::readPolicyAt(const QString &pointer, const ReplyChannel &channel)
{
    QString base = pointer, filter = QStringLiteral("(objectClass=*)");
    LdapConnection::Scope scope = LdapConnection::Scope::Base;
    if (pointer.isEmpty())
        m_profile->generalPolicy(LdapText::domainOf(m_directory.baseDn), &base, &scope, &filter);
    m_connection->search(base, scope, filter, m_profile->policyAttributes(), 0, {}, [this, channel](const LdapOutcome &outcome) {
        if (!outcome.succeeded() || outcome.entries.isEmpty()) {
            // Not readable for this bind account (or none set): the server still checks.
            channel.finishWithPolicy(PasswordPolicy{});
            return;
        }
        const LdapEntry *chosen = &outcome.entries.first();
        for (const LdapEntry &entry : outcome.entries) {
            if (entry.dn.startsWith(QLatin1String("cn=default,"), Qt::CaseInsensitive))
                chosen = &entry;
        }
        channel.finishWithPolicy(m_profile->policy(*chosen));
    });
}

void DirectoryWorker::runSteps(QList<LdapStep> steps, const QString &dn, const QString &what, const ReplyChannel &channel)
{
    if (steps.isEmpty()) {
        channel.finish(AccountReply::Error::None, {});
        return;
    }
    const LdapStep step = steps.takeFirst();
    auto next = [this, steps, dn, what, channel, step](const LdapOutcome &outcome) {
        if (!outcome.succeeded() && !m_profile->tolerated(step, outcome.code)) {
            QStringList attributes;
            if (step.kind == LdapStep::Kind::PasswordModify)
                attributes << QStringLiteral("userPassword");
            for (const LdapModification &change : step.changes)
                attributes << QString::fromUtf8(change.attribute);
            attributes.removeDuplicates();
            DirectoryWords::Failure failure =
                DirectoryWords::requestFailure(outcome, m_directory.name, what, m_directory.bindDn, attributes);
            channel.finish(failure.error, failure.message);
            return;
        }
        runSteps(steps, dn, what, channel);
    };
    if (step.kind == LdapStep::Kind::PasswordModify)
        m_connection->passwordModify(dn, step.password, next);
    else
        m_connection->modify(dn, step.changes, next);
}

void DirectoryWorker::changeGroup(const AccountAction &action, const LdapEntry &entry, const ReplyChannel &channel)
{
    const bool add = action.kind == AccountAction::Kind::AddToGroup;
    if (action.group.trimmed().isEmpty() || action.group.size() > 256) {
        channel.finish(AccountReply::Error::Refused, tr("Name the group (at most 256 characters)."));
        return;
    }
    m_connection->search(
        LdapText::domainOf(m_directory.baseDn), LdapConnection::Scope::Subtree, m_profile->groupFilter(action.group),
        {QStringLiteral("objectClass"), QStringLiteral("cn")}, 0, {},
        [this, action, entry, channel, add](const LdapOutcome &outcome) {
            if (!outcome.succeeded() || outcome.entries.size() != 1) {
                channel.finish(outcome.succeeded() ? AccountReply::Error::Failed
                                                   : DirectoryWords::requestFailure(outcome, m_directory.name,
                                                                                    tr("find the group %1").arg(action.group),
                                                                                    m_directory.bindDn)
                                                         .error,
                               outcome.entries.isEmpty() ? tr("The directory %1 has no group “%2”.").arg(m_directory.name, action.group)
                                                         : tr("The directory %1 has %2 groups called “%3”.")
                                                               .arg(m_directory.name)
                                                               .arg(outcome.entries.size())
                                                               .arg(action.group));
                return;
            }
            const LdapEntry &group = outcome.entries.first();
            const QList<QByteArray> classes = group.values(QStringLiteral("objectClass"));
            const auto has = [&](const char *name) {
                return std::any_of(classes.cbegin(), classes.cend(),
                                   [&](const QByteArray &c) { return c.compare(name, Qt::CaseInsensitive) == 0; });
            };
            QList<LdapModification> changes;
            const auto op = add ? LdapModification::Op::Add : LdapModification::Op::Delete;
            if (has("groupOfNames") || has("group"))
                changes.append({op, "member", {entry.dn.toUtf8()}});
            if (has("groupOfUniqueNames"))
                changes.append({op, "uniqueMember", {entry.dn.toUtf8()}});
            if (has("posixGroup") && !entry.text(QStringLiteral("uid")).isEmpty())
                changes.append({op, "memberUid", {entry.value(QStringLiteral("uid"))}});
            LdapStep step;
            step.changes = changes;
            runSteps({step}, group.dn, what(action, entry.dn), channel);
        });
}

} // namespace wb
