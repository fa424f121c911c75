#pragma once

// OpenLDAP's command-line tools as the directory test fixtures use them: the
// password in a temporary file (-y), the test CA for TLS, never a secret on a
// command line.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryFile>

namespace wb::test::LdapTools {

struct Result
{
    bool ok = false;        // finished, exit status 0
    QByteArray output;      // standard output (and error, with mergeErrors)
    QByteArray errors;
};

// `tool` -x -H url -D who -y <password file> arguments…, `input` on stdin.
inline Result run(const QString &tool, const QString &url, const QString &who, const QString &password,
                  const QString &caFile, const QStringList &arguments, const QByteArray &input = {}, bool mergeErrors = false)
{
    Result result;
    QTemporaryFile file;
    if (!file.open())
        return result;
    file.write(password.toUtf8());
    file.flush();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LDAPTLS_CACERT"), caFile);
    environment.insert(QStringLiteral("LDAPTLS_REQCERT"), QStringLiteral("demand"));
    process.setProcessEnvironment(environment);
    if (mergeErrors)
        process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool, QStringList{QStringLiteral("-x"), QStringLiteral("-H"), url, QStringLiteral("-D"), who, QStringLiteral("-y"),
                                    file.fileName()}
                            + arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return result;
    result.output = process.readAllStandardOutput();
    if (!mergeErrors)
        result.errors = process.readAllStandardError();
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return result;
}

// The arguments of ldapsearch that read one attribute of one entry, unwrapped.
inline QStringList readArguments(const QString &dn, const QString &attribute)
{
    return {QStringLiteral("-LLL"), QStringLiteral("-o"), QStringLiteral("ldif-wrap=no"), QStringLiteral("-b"), dn,
            QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("(objectClass=*)"), attribute};
}

// The values of `attribute` in ldapsearch's LDIF (plain values, not base64).
inline QStringList values(const QByteArray &ldif, const QString &attribute)
{
    QStringList found;
    const QString prefix = attribute + QLatin1String(": ");
    for (const QByteArray &line : ldif.split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            found.append(text.mid(prefix.size()));
    }
    return found;
}

} // namespace wb::test::LdapTools
