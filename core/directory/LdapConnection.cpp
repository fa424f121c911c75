#include "core/directory/LdapConnection.h"

#include "core/directory/LdapSocket.h"

#include <QSocketNotifier>
#include <QTimer>
#include <QUrl>

#include <ldap.h>
#include <openldap.h>

#include <chrono>

#include <unistd.h>

namespace wb {

QByteArray LdapEntry::value(const QString &name) const
{
    const QList<QByteArray> all = values(name);
    return all.isEmpty() ? QByteArray() : all.first();
}

namespace {

using Clock = std::chrono::steady_clock;

timeval toTimeval(int ms)
{
    return timeval{ms / 1000, (ms % 1000) * 1000};
}

// A berval over bytes that outlive it.
berval berOf(const QByteArray &bytes)
{
    return berval{static_cast<ber_len_t>(bytes.size()), const_cast<char *>(bytes.constData())};
}

QString takeString(char *text)
{
    const QString result = text ? QString::fromUtf8(text) : QString();
    if (text)
        ldap_memfree(text);
    return result;
}

int scopeOf(LdapConnection::Scope scope)
{
    switch (scope) {
    case LdapConnection::Scope::Base: return LDAP_SCOPE_BASE;
    case LdapConnection::Scope::OneLevel: return LDAP_SCOPE_ONELEVEL;
    case LdapConnection::Scope::Subtree: return LDAP_SCOPE_SUBTREE;
    }
    return LDAP_SCOPE_SUBTREE;
}

// The password-policy response control of a result, if the server sent one.
int passwordPolicyErrorOf(LDAP *ld, LDAPControl **controls)
{
    if (!controls)
        return -1;
    LDAPControl *control = ldap_control_find(LDAP_CONTROL_PASSWORDPOLICYRESPONSE, controls, nullptr);
    if (!control)
        return -1;
    ber_int_t expire = -1, grace = -1;
    LDAPPasswordPolicyError error = PP_noError;
    if (ldap_parse_passwordpolicy_control(ld, control, &expire, &grace, &error) != LDAP_SUCCESS)
        return -1;
    return error == PP_noError ? -1 : int(error);
}

LdapEntry entryOf(LDAP *ld, LDAPMessage *message)
{
    LdapEntry entry;
    entry.dn = takeString(ldap_get_dn(ld, message));
    BerElement *ber = nullptr;
    for (char *name = ldap_first_attribute(ld, message, &ber); name; name = ldap_next_attribute(ld, message, ber)) {
        QList<QByteArray> values;
        if (berval **vals = ldap_get_values_len(ld, message, name)) {
            for (int i = 0; vals[i]; ++i)
                values.append(QByteArray(vals[i]->bv_val, int(vals[i]->bv_len)));
            ldap_value_free_len(vals);
        }
        entry.attributes.insert(QString::fromUtf8(name).toLower(), values);
        ldap_memfree(name);
    }
    if (ber)
        ber_free(ber, 0);
    return entry;
}

} // namespace

struct LdapConnection::Pending
{
    enum class Kind { Search, Other };
    Kind kind = Kind::Other;
    Done done;
    PageHandler onPage;
    Clock::time_point deadline;
    // A search: what the next page asks again.
    QByteArray base, filter;
    QList<QByteArray> attributes;
    int scope = LDAP_SCOPE_SUBTREE;
    int pageSize = 0;
    QList<LdapEntry> page;      // this page's entries so far
    QList<LdapEntry> collected; // without a page handler
};

LdapConnection::LdapConnection(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LdapConnection::expire);
}

LdapConnection::~LdapConnection()
{
    close();
}

QString LdapConnection::libraryMessage(int code) const
{
    QString words = QString::fromUtf8(ldap_err2string(code));
    if (m_ld) {
        char *detail = nullptr;
        if (ldap_get_option(m_ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &detail) == LDAP_OPT_SUCCESS && detail) {
            const QString extra = takeString(detail);
            if (!extra.isEmpty() && extra != words)
                words += QLatin1String(": ") + extra;
        }
    }
    return words;
}

QString LdapConnection::tlsFailure(int code) const
{
    // libldap often has no words of its own for a refused certificate.
    const QString words = libraryMessage(code);
    if (code != LDAP_CONNECT_ERROR || !words.contains(QLatin1String("unknown error")))
        return words;
    const QString host = QUrl(m_settings.url).host();
    return m_settings.caFile.isEmpty()
               ? tr("the server's certificate is not signed by a CA this system trusts, or does not name %1; "
                    "or the server offers no TLS")
                     .arg(host)
               : tr("the server's certificate is not signed by the CA in %1, or does not name %2; or the server offers no TLS")
                     .arg(m_settings.caFile, host);
}

LdapOutcome LdapConnection::open(const LdapSettings &settings)
{
    close();
    m_settings = settings;
    LdapOutcome outcome;
    const bool ldaps = settings.url.startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive);
    const bool startTls = settings.url.startsWith(QLatin1String("ldap://"), Qt::CaseInsensitive);
    if (!ldaps && !startTls) {
        outcome.code = LDAP_PARAM_ERROR;
        outcome.diagnostic = tr("The directory's address must start with ldaps:// or ldap:// (with StartTLS).");
        return outcome;
    }
    // Our own socket, so that every read and write of the TLS handshake is
    // bounded too: libldap's handshake would otherwise wait for ever on a
    // server that accepts and never speaks.
    QString where;
    const int fd = connectLdapSocket(settings.url, settings.timeoutMs, &where);
    if (fd < 0) {
        outcome.code = LDAP_CONNECT_ERROR;
        outcome.diagnostic = where;
        return outcome;
    }
    HandshakeWatchdog watchdog(fd, settings.timeoutMs);
    LDAP *ld = nullptr;
    int rc = ldap_init_fd(ber_socket_t(fd), LDAP_PROTO_TCP, settings.url.toUtf8().constData(), &ld);
    if (rc != LDAP_SUCCESS || !ld) {
        ::close(fd);
        outcome.code = rc == LDAP_SUCCESS ? LDAP_PARAM_ERROR : rc;
        outcome.diagnostic = tr("Not a directory address: %1").arg(settings.url);
        return outcome;
    }
    m_ld = ld;
    const auto fail = [&](int code, const QString &words) {
        const bool late = watchdog.disarm();
        outcome.code = late ? LDAP_TIMEOUT : code;
        outcome.diagnostic = late ? tr("The directory at %1 did not answer in time.").arg(settings.url) : words;
        ldap_unbind_ext_s(m_ld, nullptr, nullptr);
        m_ld = nullptr;
        return outcome;
    };
    const int version = LDAP_VERSION3;
    ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    const timeval timeout = toTimeval(settings.timeoutMs);
    ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
    ldap_set_option(ld, LDAP_OPT_TIMEOUT, &timeout);
    // The handle's own TLS settings, whatever ldap.conf or LDAPTLS_* say:
    // the certificate must verify, against our CA file when one is named.
    const int demand = LDAP_OPT_X_TLS_DEMAND;
    ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand);
    if (!settings.caFile.isEmpty()) {
        const QByteArray ca = settings.caFile.toLocal8Bit();
        ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, ca.constData());
    }
    const int isServer = 0;
    rc = ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &isServer);
    if (rc != LDAP_OPT_SUCCESS)
        return fail(LDAP_CONNECT_ERROR, tr("TLS could not be set up with the CA file %1: %2")
                                            .arg(settings.caFile, libraryMessage(rc)));
    if (startTls) {
        rc = ldap_start_tls_s(ld, nullptr, nullptr);
        if (rc != LDAP_SUCCESS)
            return fail(rc, tr("StartTLS failed, so nothing was sent: %1").arg(tlsFailure(rc)));
    } else {
        rc = ldap_install_tls(ld);
        if (rc != LDAP_SUCCESS)
            return fail(rc, tr("The TLS handshake failed, so nothing was sent: %1").arg(tlsFailure(rc)));
    }
    if (!ldap_tls_inplace(ld))
        return fail(LDAP_CONNECT_ERROR, tr("The connection is not encrypted, so nothing was sent."));

    // Simple bind, asking for the password-policy response (must change, locked, …).
    LDAPControl *policyRequest = nullptr;
    ldap_create_passwordpolicy_control(ld, &policyRequest);
    LDAPControl *controls[] = {policyRequest, nullptr};
    QByteArray password = settings.bindPassword.toUtf8();
    berval credentials = berOf(password);
    int msgid = -1;
    rc = ldap_sasl_bind(ld, settings.bindDn.toUtf8().constData(), LDAP_SASL_SIMPLE, &credentials,
                        policyRequest ? controls : nullptr, nullptr, &msgid);
    password.fill('\0');
    if (policyRequest)
        ldap_control_free(policyRequest);
    if (rc != LDAP_SUCCESS)
        return fail(rc, libraryMessage(rc));
    LDAPMessage *result = nullptr;
    timeval wait = timeout;
    rc = ldap_result(ld, msgid, LDAP_MSG_ALL, &wait, &result);
    if (rc <= 0) {
        if (result)
            ldap_msgfree(result);
        return fail(rc == 0 ? LDAP_TIMEOUT : LDAP_SERVER_DOWN,
                    rc == 0 ? tr("The directory did not answer the login in time.") : libraryMessage(LDAP_SERVER_DOWN));
    }
    int code = LDAP_OTHER;
    char *matched = nullptr, *diagnostic = nullptr;
    LDAPControl **serverControls = nullptr;
    ldap_parse_result(ld, result, &code, &matched, &diagnostic, nullptr, &serverControls, 1);
    outcome.passwordPolicyError = passwordPolicyErrorOf(ld, serverControls);
    if (serverControls)
        ldap_controls_free(serverControls);
    outcome.matchedDn = takeString(matched);
    const QString words = takeString(diagnostic);
    if (code != LDAP_SUCCESS)
        return fail(code, words);
    if (watchdog.disarm())
        return fail(LDAP_TIMEOUT, {});
    outcome.code = LDAP_SUCCESS;
    outcome.diagnostic = words;

    ber_socket_t descriptor = -1;
    ldap_get_option(ld, LDAP_OPT_DESC, &descriptor);
    if (descriptor >= 0) {
        m_notifier = new QSocketNotifier(qintptr(descriptor), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &LdapConnection::drain);
    }
    return outcome;
}

void LdapConnection::close()
{
    delete m_notifier;
    m_notifier = nullptr;
    failAll(LDAP_SERVER_DOWN, tr("The connection to the directory was closed."));
    if (m_ld) {
        ldap_unbind_ext_s(m_ld, nullptr, nullptr);
        m_ld = nullptr;
    }
}

void LdapConnection::start(int msgid, std::unique_ptr<Pending> pending)
{
    pending->deadline = Clock::now() + std::chrono::milliseconds(m_settings.timeoutMs);
    m_pending.insert(msgid, std::shared_ptr<Pending>(std::move(pending)));
    armTimer();
}

int LdapConnection::nextPage(Pending &pending, const QByteArray &cookie, int *msgid)
{
    QList<char *> attributes;
    for (const QByteArray &name : pending.attributes)
        attributes.append(const_cast<char *>(name.constData()));
    attributes.append(nullptr);
    LDAPControl *pageControl = nullptr;
    LDAPControl *controls[] = {nullptr, nullptr};
    if (pending.pageSize > 0) {
        berval cookieValue = berOf(cookie);
        const int rc = ldap_create_page_control(m_ld, pending.pageSize, cookie.isEmpty() ? nullptr : &cookieValue,
                                                0, &pageControl);
        if (rc != LDAP_SUCCESS)
            return rc;
        controls[0] = pageControl;
    }
    const int rc = ldap_search_ext(m_ld, pending.base.constData(), pending.scope, pending.filter.constData(),
                                   attributes.data(), 0, pageControl ? controls : nullptr, nullptr, nullptr,
                                   LDAP_NO_LIMIT, msgid);
    if (pageControl)
        ldap_control_free(pageControl);
    return rc;
}

void LdapConnection::search(const QString &base, Scope scope, const QString &filter, const QStringList &attributes,
                            int pageSize, PageHandler onPage, Done done)
{
    auto pending = std::make_unique<Pending>();
    pending->kind = Pending::Kind::Search;
    pending->done = std::move(done);
    pending->onPage = std::move(onPage);
    pending->base = base.toUtf8();
    pending->filter = filter.toUtf8();
    for (const QString &name : attributes)
        pending->attributes.append(name.toUtf8());
    pending->scope = scopeOf(scope);
    pending->pageSize = pageSize;
    if (!m_ld) {
        pending->done(LdapOutcome{LDAP_SERVER_DOWN, tr("Not connected to the directory."), {}, -1, {}, false});
        return;
    }
    int msgid = -1;
    const int rc = nextPage(*pending, {}, &msgid);
    if (rc != LDAP_SUCCESS) {
        pending->done(LdapOutcome{rc, libraryMessage(rc), {}, -1, {}, false});
        return;
    }
    start(msgid, std::move(pending));
}

void LdapConnection::modify(const QString &dn, const QList<LdapModification> &changes, Done done)
{
    if (!m_ld) {
        done(LdapOutcome{LDAP_SERVER_DOWN, tr("Not connected to the directory."), {}, -1, {}, false});
        return;
    }
    // libldap wants arrays of pointers into memory that lives until the call returns.
    std::vector<LDAPMod> mods(changes.size());
    std::vector<std::vector<berval>> values(changes.size());
    std::vector<std::vector<berval *>> valuePointers(changes.size());
    std::vector<LDAPMod *> modPointers;
    for (int i = 0; i < changes.size(); ++i) {
        const LdapModification &change = changes.at(i);
        for (const QByteArray &value : change.values)
            values[i].push_back(berOf(value));
        for (berval &value : values[i])
            valuePointers[i].push_back(&value);
        valuePointers[i].push_back(nullptr);
        const int op = change.op == LdapModification::Op::Add ? LDAP_MOD_ADD
                       : change.op == LdapModification::Op::Delete ? LDAP_MOD_DELETE
                                                                   : LDAP_MOD_REPLACE;
        mods[i].mod_op = op | LDAP_MOD_BVALUES;
        mods[i].mod_type = const_cast<char *>(change.attribute.constData());
        mods[i].mod_bvalues = change.values.isEmpty() ? nullptr : valuePointers[i].data();
        modPointers.push_back(&mods[i]);
    }
    modPointers.push_back(nullptr);
    int msgid = -1;
    const int rc = ldap_modify_ext(m_ld, dn.toUtf8().constData(), modPointers.data(), nullptr, nullptr, &msgid);
    startOrFail(rc, msgid, std::move(done));
}

void LdapConnection::passwordModify(const QString &dn, const QString &newPassword, Done done)
{
    if (!m_ld) {
        done(LdapOutcome{LDAP_SERVER_DOWN, tr("Not connected to the directory."), {}, -1, {}, false});
        return;
    }
    QByteArray user = dn.toUtf8();
    QByteArray password = newPassword.toUtf8();
    berval userValue = berOf(user);
    berval passwordValue = berOf(password);
    LDAPControl *policyRequest = nullptr;
    ldap_create_passwordpolicy_control(m_ld, &policyRequest);
    LDAPControl *controls[] = {policyRequest, nullptr};
    int msgid = -1;
    const int rc = ldap_passwd(m_ld, &userValue, nullptr, &passwordValue, policyRequest ? controls : nullptr,
                               nullptr, &msgid);
    password.fill('\0');
    if (policyRequest)
        ldap_control_free(policyRequest);
    startOrFail(rc, msgid, std::move(done));
}

void LdapConnection::startOrFail(int rc, int msgid, Done done)
{
    if (rc != LDAP_SUCCESS) {
        done(LdapOutcome{rc, libraryMessage(rc), {}, -1, {}, false});
        return;
    }
    auto pending = std::make_unique<Pending>();
    pending->done = std::move(done);
    start(msgid, std::move(pending));
}

void LdapConnection::drain()
{
    while (m_ld) {
        LDAPMessage *message = nullptr;
        timeval zero{0, 0};
        const int rc = ldap_result(m_ld, LDAP_RES_ANY, LDAP_MSG_ONE, &zero, &message);
        if (rc == 0)
            return;
        if (rc < 0) {
            if (message)
                ldap_msgfree(message);
            int code = LDAP_SERVER_DOWN;
            ldap_get_option(m_ld, LDAP_OPT_RESULT_CODE, &code);
            failAll(code, tr("The connection to the directory was lost: %1").arg(libraryMessage(code)));
            close();
            return;
        }
        handle(message);
        ldap_msgfree(message);
    }
}

void LdapConnection::handle(LDAPMessage *message)
{
    const int msgid = ldap_msgid(message);
    const auto it = m_pending.constFind(msgid);
    if (it == m_pending.constEnd())
        return; // an answer to something given up on
    std::shared_ptr<Pending> pending = it.value();
    switch (ldap_msgtype(message)) {
    case LDAP_RES_SEARCH_ENTRY:
        pending->page.append(entryOf(m_ld, message));
        return;
    case LDAP_RES_SEARCH_REFERENCE:
        return; // Active Directory's continuation references: not followed
    default:
        break;
    }
    int code = LDAP_OTHER;
    char *matched = nullptr, *diagnostic = nullptr;
    LDAPControl **controls = nullptr;
    ldap_parse_result(m_ld, message, &code, &matched, &diagnostic, nullptr, &controls, 0);
    LdapOutcome outcome;
    outcome.code = code;
    outcome.matchedDn = takeString(matched);
    outcome.diagnostic = takeString(diagnostic);
    outcome.passwordPolicyError = passwordPolicyErrorOf(m_ld, controls);
    QByteArray cookie;
    if (pending->kind == Pending::Kind::Search && controls) {
        if (LDAPControl *pageResponse = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, controls, nullptr)) {
            ber_int_t estimate = 0;
            berval value{0, nullptr};
            if (ldap_parse_pageresponse_control(m_ld, pageResponse, &estimate, &value) == LDAP_SUCCESS) {
                cookie = QByteArray(value.bv_val, int(value.bv_len));
                ber_memfree(value.bv_val);
            }
        }
    }
    if (controls)
        ldap_controls_free(controls);
    if (pending->kind != Pending::Kind::Search) {
        finish(msgid, outcome);
        return;
    }
    // A page is complete: hand it on, then ask for the next one while there is one.
    QList<LdapEntry> page = std::exchange(pending->page, {});
    bool more = true;
    if (pending->onPage)
        more = pending->onPage(page);
    else
        pending->collected.append(page);
    if (!m_pending.contains(msgid))
        return; // closed from within the handler
    if (code == LDAP_SUCCESS && more && !cookie.isEmpty()) {
        int next = -1;
        const int rc = nextPage(*pending, cookie, &next);
        m_pending.remove(msgid);
        if (rc != LDAP_SUCCESS) {
            pending->done(LdapOutcome{rc, libraryMessage(rc), {}, -1, {}, false});
            return;
        }
        pending->deadline = Clock::now() + std::chrono::milliseconds(m_settings.timeoutMs);
        m_pending.insert(next, pending);
        return;
    }
    outcome.stoppedEarly = code == LDAP_SUCCESS && !more && !cookie.isEmpty();
    outcome.entries = std::move(pending->collected);
    finish(msgid, outcome);
}

void LdapConnection::finish(int msgid, LdapOutcome outcome)
{
    const std::shared_ptr<Pending> pending = m_pending.take(msgid);
    if (!pending)
        return;
    armTimer();
    if (pending->done)
        pending->done(outcome);
}

void LdapConnection::failAll(int code, const QString &message)
{
    const QHash<int, std::shared_ptr<Pending>> pending = std::exchange(m_pending, {});
    for (const auto &request : pending) {
        if (request->done)
            request->done(LdapOutcome{code, message, {}, -1, {}, false});
    }
    m_timer->stop();
}

void LdapConnection::armTimer()
{
    if (m_pending.isEmpty()) {
        m_timer->stop();
        return;
    }
    Clock::time_point soonest = Clock::time_point::max();
    for (const auto &request : std::as_const(m_pending))
        soonest = std::min(soonest, request->deadline);
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(soonest - Clock::now()).count();
    m_timer->start(int(std::max<qint64>(0, left)));
}

void LdapConnection::expire()
{
    const Clock::time_point now = Clock::now();
    QList<int> late;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.value()->deadline <= now)
            late.append(it.key());
    }
    if (late.isEmpty()) {
        armTimer();
        return;
    }
    // A server that stopped answering one request may answer none: start afresh next time.
    for (int msgid : late) {
        if (m_ld)
            ldap_abandon_ext(m_ld, msgid, nullptr, nullptr);
        finish(msgid, LdapOutcome{LDAP_TIMEOUT, tr("The directory did not answer in time."), {}, -1, {}, false});
    }
    close();
}

} // namespace wb
