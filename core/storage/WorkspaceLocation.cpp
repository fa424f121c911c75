#include "core/storage/WorkspaceLocation.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace wb {

namespace {

// libpq 15's connection parameters that a workspace address may carry. Not
// "password" (refused with its own sentence) and not "service" (a service file
// may hold a password and lies outside what the address shows).
const QSet<QString> &knownKeywords()
{
    static const QSet<QString> keywords{
        QStringLiteral("host"), QStringLiteral("hostaddr"), QStringLiteral("port"), QStringLiteral("dbname"),
        QStringLiteral("user"), QStringLiteral("passfile"), QStringLiteral("connect_timeout"),
        QStringLiteral("options"), QStringLiteral("application_name"), QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"), QStringLiteral("sslmode"), QStringLiteral("sslcert"),
        QStringLiteral("sslkey"), QStringLiteral("sslrootcert"), QStringLiteral("sslcrl"), QStringLiteral("sslcrldir"),
        QStringLiteral("sslsni"), QStringLiteral("requirepeer"), QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("ssl_max_protocol_version"), QStringLiteral("gssencmode"), QStringLiteral("krbsrvname"),
        QStringLiteral("target_session_attrs"),
    };
    return keywords;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString percentDecoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// Splits "h1:5432,[::1]:5433,h3" into hosts and ports (a port may be empty).
bool splitHosts(const QString &hostspec, QStringList *hosts, QStringList *ports, QString *error)
{
    for (const QString &entry : hostspec.split(QLatin1Char(','))) {
        QString host;
        QString port;
        if (entry.startsWith(QLatin1Char('['))) {
            const qsizetype close = entry.indexOf(QLatin1Char(']'));
            if (close < 0)
                return fail(error, WorkspaceLocation::tr("The host “%1” opens a bracket that it does not close.").arg(entry));
            host = entry.mid(1, close - 1);
            const QString rest = entry.mid(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
                return fail(error, WorkspaceLocation::tr("The host “%1” has text after its closing bracket.").arg(entry));
            port = rest.mid(1);
        } else {
            const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
            host = colon < 0 ? entry : entry.left(colon);
            port = colon < 0 ? QString() : entry.mid(colon + 1);
        }
        hosts->append(percentDecoded(host));
        ports->append(percentDecoded(port));
    }
    return true;
}

bool validValue(const QString &keyword, const QString &value, QString *error)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control)
            return fail(error, WorkspaceLocation::tr("The value of “%1” holds a control character.").arg(keyword));
    }
    // QPSQL joins its connect options with ';' and turns every ';' into a space.
    if (value.contains(QLatin1Char(';')))
        return fail(error, WorkspaceLocation::tr("The value of “%1” holds a “;”, which Qt's PostgreSQL driver cannot pass on.")
                               .arg(keyword));
    if (keyword == QLatin1String("port")) {
        for (const QString &port : value.split(QLatin1Char(','))) {
            bool ok = false;
            const int number = port.toInt(&ok);
            if (!port.isEmpty() && (!ok || number < 1 || number > 65535))
                return fail(error, WorkspaceLocation::tr("“%1” is not a port number (1–65535).").arg(port));
        }
    }
    static const QHash<QString, QStringList> choices{
        {QStringLiteral("sslmode"),
         {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"), QStringLiteral("require"),
          QStringLiteral("verify-ca"), QStringLiteral("verify-full")}},
        {QStringLiteral("target_session_attrs"),
         {QStringLiteral("any"), QStringLiteral("read-write"), QStringLiteral("read-only"), QStringLiteral("primary"),
          QStringLiteral("standby"), QStringLiteral("prefer-standby")}},
        {QStringLiteral("gssencmode"), {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")}},
    };
    if (const auto it = choices.constFind(keyword); it != choices.cend() && !it->contains(value))
        return fail(error, WorkspaceLocation::tr("“%1” is not a value of “%2”; use one of: %3.")
                               .arg(value, keyword, it->join(QStringLiteral(", "))));
    return true;
}

bool addParameter(QList<QPair<QString, QString>> *parameters, const QString &keyword, const QString &value, QString *error)
{
    if (keyword == QLatin1String("password"))
        return fail(error, WorkspaceLocation::tr("A workspace address may not hold a password: Werkbank asks for it, or "
                                                 "takes it from the keychain or ~/.pgpass."));
    if (!knownKeywords().contains(keyword))
        return fail(error, WorkspaceLocation::tr("“%1” is not a PostgreSQL connection parameter Werkbank accepts.").arg(keyword));
    if (!validValue(keyword, value, error))
        return false;
    for (auto &parameter : *parameters) {
        if (parameter.first == keyword) {
            parameter.second = value; // libpq: the last one wins
            return true;
        }
    }
    parameters->append({keyword, value});
    return true;
}

bool parseUri(const QString &text, QList<QPair<QString, QString>> *parameters, QString *error)
{
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = rest.mid(slash + 1);
        rest.truncate(slash);
    }
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userinfo = rest.left(at);
        rest = rest.mid(at + 1);
        if (userinfo.contains(QLatin1Char(':')))
            return addParameter(parameters, QStringLiteral("password"), {}, error);
        if (!userinfo.isEmpty() && !addParameter(parameters, QStringLiteral("user"), percentDecoded(userinfo), error))
            return false;
    }
    if (!rest.isEmpty()) {
        QStringList hosts, ports;
        if (!splitHosts(rest, &hosts, &ports, error))
            return false;
        if (!addParameter(parameters, QStringLiteral("host"), hosts.join(QLatin1Char(',')), error))
            return false;
        const bool anyPort = std::any_of(ports.cbegin(), ports.cend(), [](const QString &p) { return !p.isEmpty(); });
        if (anyPort && !addParameter(parameters, QStringLiteral("port"), ports.join(QLatin1Char(',')), error))
            return false;
    }
    if (!path.isEmpty() && !addParameter(parameters, QStringLiteral("dbname"), percentDecoded(path), error))
        return false;
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals < 0)
            return fail(error, WorkspaceLocation::tr("The parameter “%1” has no value (write %1=value).").arg(pair));
        if (!addParameter(parameters, percentDecoded(QStringView(pair).left(equals)),
                          percentDecoded(QStringView(pair).mid(equals + 1)), error))
            return false;
    }
    return true;
}

// libpq's keyword form: keyword = value pairs separated by white space; a value
// in single quotes may hold spaces, with \' and \\ inside.
bool parseKeywords(const QString &text, QList<QPair<QString, QString>> *parameters, QString *error)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpace = [&] {
        while (i < n && text[i].isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= n)
            return true;
        const qsizetype start = i;
        while (i < n && !text[i].isSpace() && text[i] != QLatin1Char('='))
            ++i;
        const QString keyword = text.mid(start, i - start);
        skipSpace();
        if (i >= n || text[i] != QLatin1Char('='))
            return fail(error, WorkspaceLocation::tr("“%1” is missing “=” and a value.").arg(keyword));
        ++i;
        skipSpace();
        QString value;
        if (i < n && text[i] == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n) {
                    value += text[i + 1];
                    i += 2;
                } else if (text[i] == QLatin1Char('\'')) {
                    ++i;
                    closed = true;
                    break;
                } else {
                    value += text[i++];
                }
            }
            if (!closed)
                return fail(error, WorkspaceLocation::tr("The value of “%1” opens a quote that it does not close.").arg(keyword));
        } else {
            while (i < n && !text[i].isSpace()) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text[i++];
            }
        }
        if (!addParameter(parameters, keyword, value, error))
            return false;
    }
}

QString quotedForLibpq(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s'\\\\]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

bool WorkspaceLocation::looksLikePostgreSql(const QString &text)
{
    static const QRegularExpression keywordForm(QStringLiteral("^\\s*[A-Za-z_]+\\s*="));
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))
           || keywordForm.match(text).hasMatch();
}

WorkspaceLocation WorkspaceLocation::parse(const QString &text, QString *error)
{
    WorkspaceLocation location;
    if (!looksLikePostgreSql(text)) {
        location.m_valid = !text.isEmpty();
        location.m_filePath = text;
        if (!location.m_valid)
            fail(error, tr("No workspace was given."));
        return location;
    }
    location.m_engine = Engine::PostgreSql;
    QList<QPair<QString, QString>> parameters;
    const bool uri = text.contains(QLatin1String("://"));
    if (!(uri ? parseUri(text, &parameters, error) : parseKeywords(text, &parameters, error)))
        return location;
    location.m_parameters = parameters;
    const QStringList hosts = location.parameter(QStringLiteral("host")).split(QLatin1Char(','));
    const QStringList ports = location.parameter(QStringLiteral("port")).split(QLatin1Char(','));
    if (ports.size() > 1 && ports.size() != hosts.size()) {
        fail(error, tr("The address names %1 hosts and %2 ports: give one port for all hosts or one per host.")
                        .arg(hosts.size())
                        .arg(ports.size()));
        return location;
    }
    location.m_valid = true;
    return location;
}

QString WorkspaceLocation::parameter(const QString &keyword) const
{
    for (const auto &parameter : m_parameters) {
        if (parameter.first == keyword)
            return parameter.second;
    }
    return {};
}

QString WorkspaceLocation::connectOptions() const
{
    QStringList options;
    for (const auto &[keyword, value] : m_parameters)
        options << keyword + QLatin1Char('=') + quotedForLibpq(value);
    return options.join(QLatin1Char(';'));
}

QString WorkspaceLocation::displayText() const
{
    if (m_engine == Engine::Sqlite)
        return m_filePath;
    auto encoded = [](const QString &text, const QByteArray &keep = {}) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
    };
    QString uri = QStringLiteral("postgresql://");
    if (!user().isEmpty())
        uri += encoded(user()) + QLatin1Char('@');
    const QStringList hosts = parameter(QStringLiteral("host")).split(QLatin1Char(','));
    const QStringList ports = parameter(QStringLiteral("port")).split(QLatin1Char(','));
    QStringList hostspecs;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        QString spec = hosts[i].contains(QLatin1Char(':')) ? QLatin1Char('[') + hosts[i] + QLatin1Char(']') : encoded(hosts[i]);
        const QString port = ports.size() == 1 ? ports[0] : ports.value(i);
        if (!port.isEmpty())
            spec += QLatin1Char(':') + port;
        hostspecs << spec;
    }
    uri += hostspecs.join(QLatin1Char(','));
    if (!databaseName().isEmpty())
        uri += QLatin1Char('/') + encoded(databaseName());
    QStringList query;
    for (const auto &[keyword, value] : m_parameters) {
        if (keyword != QLatin1String("user") && keyword != QLatin1String("host") && keyword != QLatin1String("port")
            && keyword != QLatin1String("dbname"))
            query << keyword + QLatin1Char('=') + encoded(value, "/");
    }
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

} // namespace wb
