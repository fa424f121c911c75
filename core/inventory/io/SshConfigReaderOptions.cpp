#include "core/inventory/io/SshConfigReader.h"

#include "core/inventory/SshHostOptions.h"
#include "core/inventory/io/ImportSupport.h"

namespace wb {

// A host's own SSH options as an ssh_config states them (SshHostOptions): what
// libssh cannot take is listed as skipped on its line, what OpenSSH refuses is
// an error there.
bool SshConfigReader::handleHostOption(const QString &key, QString *value, const QString &file, int line)
{
    const QString keyword = SshHostOptions::spelling(key);
    // What ssh takes and libssh cannot: listed as skipped on its line, the host connects without it.
    // It still is the first value obtained, so a later one (a Host * default) does not take its place.
    auto skip = [&](const QString &why) {
        ImportSupport::addSkipped(m_result, file, line, why);
        value->clear();
        return true;
    };
    if ((keyword.endsWith(QLatin1String("Algorithms")) || keyword == QLatin1String("Ciphers")) && SshHostOptions::changesDefaults(*value))
        return skip(tr("%1 “%2” changes OpenSSH's default list, which libssh cannot do: "
                       "this host connects with libssh's own list.")
                        .arg(keyword, *value));
    const QString flag = SshHostOptions::flagValue(*value);
    if (keyword == QLatin1String("ForwardAgent") && flag.isEmpty())
        return skip(tr("ForwardAgent to a socket of its own (“%1”) is not kept; this host does not forward the agent.").arg(*value));
    if (keyword == QLatin1String("ConnectTimeout")
        && (value->compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 || SshHostOptions::seconds(*value) == 0))
        return skip(tr("ConnectTimeout “%1” waits without end; this host keeps the connect timeout of Connection Settings.").arg(*value));
    QString normalized;
    QString problem;
    if (!SshHostOptions::normalize(keyword + QLatin1Char(' ') + *value, &normalized, &problem)) {
        ImportSupport::addError(m_result, file, line, problem);
        return false;
    }
    if ((keyword == QLatin1String("ForwardAgent") && normalized.endsWith(QLatin1String(" yes")))
        || keyword == QLatin1String("CertificateFile"))
        ImportSupport::addSkipped(m_result, file, line,
                                  tr("%1 is kept with the host, but Werkbank does not use it yet: "
                                     "connections go without it.")
                                      .arg(keyword));
    *value = normalized;
    return true;
}

} // namespace wb
