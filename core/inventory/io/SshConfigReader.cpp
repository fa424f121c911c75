#include "core/inventory/io/SshConfigReader.h"

#include "core/inventory/HostServices.h"
#include "core/inventory/SshHostOptions.h"

#include "core/inventory/io/ImportSupport.h"
#include "core/inventory/io/SshConfigFiles.h"
#include "core/text/SshTokens.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace wb {

namespace {
// The options Werkbank keeps: the host's fields, and its own SSH options (SshHostOptions).
const QStringList &keptOptions()
{
    static const QStringList kept = [] {
        QStringList list = {QStringLiteral("hostname"), QStringLiteral("user"), QStringLiteral("port"),
                            QStringLiteral("identityfile"), QStringLiteral("proxyjump"),
                            QStringLiteral("hostkeyalias"), QStringLiteral("userknownhostsfile"),
                            QStringLiteral("localforward"), QStringLiteral("remoteforward"), QStringLiteral("dynamicforward"),
                            QStringLiteral("canonicalizehostname")}; // not kept: it only makes ssh read the config twice
        for (const QString &keyword : SshHostOptions::keywords())
            list << keyword.toLower();
        return list;
    }();
    return kept;
}

// Unlike every other option, each of these that applies adds a forward (the first value does not win).
bool isForward(const QString &keyword)
{
    return keyword == QLatin1String("localforward") || keyword == QLatin1String("remoteforward")
           || keyword == QLatin1String("dynamicforward");
}

// Where Include finds a relative path, as ssh(1): ~/.ssh for a user's config,
// /etc/ssh for the system's.
QString includeFolderFor(const QString &configPath)
{
    const QString canonical = QFileInfo(configPath).canonicalFilePath();
    if (canonical.startsWith(QLatin1String("/etc/ssh/")))
        return QStringLiteral("/etc/ssh");
    return QDir::homePath() + QStringLiteral("/.ssh");
}

QString expandHostName(const QString &value, const QString &alias)
{
    return SshTokens::expand(value, {{QLatin1Char('h'), alias}}, false);
}
} // namespace

ImportResult SshConfigReader::read(const QString &path, const std::atomic<bool> *cancel)
{
    ImportResult result;
    SshConfigReader reader(&result, cancel);
    reader.m_files.setIncludeFolder(includeFolderFor(path));
    reader.parseFile(path, 0, {}, path, 0);
    if (!result.cancelled)
        reader.buildHosts();
    return result;
}

bool SshConfigReader::splitLine(const QString &line, QString *keyword, QStringList *args, QString *problem)
{
    // Mirrors OpenSSH's strdelim + argv_split: "Key value", "Key=value",
    // double or single quotes, backslash escapes, # starting a word is a comment.
    keyword->clear();
    args->clear();
    const qsizetype n = line.size();
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < n && line[i].isSpace())
            ++i;
    };
    skipSpace();
    if (i == n || line[i] == QLatin1Char('#'))
        return true;
    const qsizetype start = i;
    while (i < n && !line[i].isSpace() && line[i] != QLatin1Char('='))
        ++i;
    *keyword = line.mid(start, i - start);
    skipSpace();
    if (i < n && line[i] == QLatin1Char('=')) {
        ++i;
        skipSpace();
    }
    while (i < n) {
        skipSpace();
        if (i >= n || line[i] == QLatin1Char('#'))
            break;
        QString word;
        QChar quote;
        while (i < n) {
            const QChar c = line[i];
            const QChar next = i + 1 < n ? line[i + 1] : QChar();
            if (c == QLatin1Char('\\')
                && (next == QLatin1Char('"') || next == QLatin1Char('\'') || next == QLatin1Char('\\')
                    || (quote.isNull() && next == QLatin1Char(' ')))) {
                word += next;
                i += 2;
                continue;
            }
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
                else
                    word += c;
                ++i;
                continue;
            }
            if (c.isSpace())
                break;
            if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
                ++i;
                continue;
            }
            word += c;
            ++i;
        }
        if (!quote.isNull()) {
            *problem = tr("The quote %1 is never closed on this line.").arg(quote);
            return false;
        }
        args->append(word);
    }
    return true;
}

bool SshConfigReader::isPattern(const QString &text)
{
    return text.startsWith(QLatin1Char('!')) || text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?'));
}

bool SshConfigReader::hostLineMatches(const QStringList &patterns, const QString &alias)
{
    // As in ssh: one matching negated pattern rules the whole line out.
    bool matched = false;
    for (const QString &pattern : patterns) {
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        if (SshConfigMatch::globMatch(negated ? QStringView(pattern).mid(1) : QStringView(pattern), alias)) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}

bool SshConfigReader::scopeMatches(const QList<int> &scope, const QString &hostName, const Resolution &resolution) const
{
    for (int index : scope) {
        if (index >= 0) {
            if (!hostLineMatches(m_hostLines[index].patterns, hostName))
                return false;
        } else if (size_t(-index - 1) >= resolution.matched.size() || !resolution.matched[size_t(-index - 1)]) {
            return false;
        }
    }
    return true;
}

SshConfigMatch::Subject SshConfigReader::subjectFor(const Resolution &resolution) const
{
    SshConfigMatch::Subject subject;
    subject.originalHost = resolution.alias;
    subject.finalPass = resolution.finalPass;
    if (resolution.finalPass)
        subject.host = resolution.finalHost;
    else if (const Option *o = resolution.chosen.value(QStringLiteral("hostname")))
        subject.host = expandHostName(o->value, resolution.alias);
    else
        subject.host = resolution.alias;
    const Option *user = resolution.chosen.value(QStringLiteral("user"));
    subject.user = user ? user->value : m_localUser;
    return subject;
}

QString SshConfigReader::scopeKey(const QList<int> &scope) const
{
    // The same Host patterns make the same scope, in whatever order and however often.
    QStringList parts;
    for (int index : scope)
        parts.append(index < 0 ? QStringLiteral("\x01match%1").arg(-index)
                               : m_hostLines[index].patterns.join(QLatin1Char(' ')));
    parts.sort();
    parts.removeDuplicates();
    return parts.join(QLatin1Char('\x02'));
}

void SshConfigReader::parseFile(const QString &path, int depth, const QList<int> &baseScope, const QString &fromFile,
                                int fromLine)
{
    if (m_stopped)
        return;
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QString parsedKey = canonical + QLatin1Char('\n') + scopeKey(baseScope);
    if (!canonical.isEmpty() && m_parsed.contains(parsedKey))
        return;
    const SshConfigFiles::Text *text = m_files.text(path, canonical, fromFile, fromLine);
    m_stopped = m_files.isSpent();
    if (!text || !text->readable)
        return;
    if (!m_files.takeLines(path, text->lines.size(), fromFile, fromLine)) {
        m_stopped = true;
        return;
    }
    m_parsed.insert(parsedKey);
    const qsizetype matchLinesBefore = m_matchLines.size();
    // A copy that shares the data: the files read may grow (and move their texts) while this one is parsed.
    const QStringList lines = text->lines;
    m_openFiles.append(canonical);

    QList<int> scope = baseScope;
    for (qsizetype i = 0; i < lines.size() && !m_stopped; ++i) {
        const int lineNo = int(i + 1);
        if (ImportSupport::cancelRequested(m_cancel, m_result, path, lineNo)) {
            m_stopped = true;
            break;
        }
        QString keyword;
        QStringList args;
        QString problem;
        if (!splitLine(lines[i], &keyword, &args, &problem)) {
            ImportSupport::addError(m_result, path, lineNo, problem);
            continue;
        }
        if (keyword.isEmpty())
            continue;
        const QString key = keyword.toLower();
        if (key == QLatin1String("host")) {
            handleHostLine(args, baseScope, &scope, path, lineNo);
        } else if (key == QLatin1String("match")) {
            handleMatchLine(args, baseScope, &scope, path, lineNo);
        } else if (key == QLatin1String("include")) {
            handleInclude(args, path, lineNo, depth, scope);
        } else {
            handleOption(key, args, path, lineNo, scope);
        }
    }
    m_openFiles.removeLast();
    // A file with a Match line in it (or in what it includes) gives what the state at the
    // Include makes of it, which a second Include in the same scope may change: read it again there.
    if (m_matchLines.size() != matchLinesBefore)
        m_parsed.remove(parsedKey);
}

void SshConfigReader::handleHostLine(const QStringList &args, const QList<int> &baseScope, QList<int> *scope,
                                     const QString &file, int line)
{
    *scope = baseScope;
    scope->append(int(m_hostLines.size()));
    m_hostLines.append(HostLine{args});
    if (args.isEmpty()) {
        ImportSupport::addError(m_result, file, line, tr("A Host line needs at least one host name or pattern."));
        return;
    }
    QStringList patterns;
    for (const QString &arg : args) {
        if (isPattern(arg)) {
            patterns.append(arg);
            continue;
        }
        if (const auto seen = m_aliasNames.constFind(arg.toLower()); seen != m_aliasNames.cend()) {
            if (seen.value() != arg)
                ImportSupport::addSkipped(m_result, file, line,
                                          tr("“%1” differs from “%2” only in case: ssh takes them for two hosts, "
                                             "the inventory for one, so only “%2” is imported.")
                                              .arg(arg, seen.value()));
            continue;
        }
        m_aliasNames.insert(arg.toLower(), arg);
        m_aliases.append(Alias{arg, file, line});
    }
    if (patterns.size() == args.size()) {
        ImportSupport::addSkipped(m_result, file, line,
                                  tr("“Host %1” only has patterns: its settings apply to the hosts they match, "
                                     "but it is not imported as a host itself.")
                                      .arg(args.join(QLatin1Char(' '))));
    } else if (!patterns.isEmpty()) {
        ImportSupport::addSkipped(m_result, file, line,
                                  tr("The patterns %1 on this Host line are not hosts and were not imported.")
                                      .arg(patterns.join(QLatin1Char(' '))));
    }
}

void SshConfigReader::handleMatchLine(const QStringList &args, const QList<int> &baseScope, QList<int> *scope,
                                      const QString &file, int line)
{
    SshConfigMatch match;
    QString problem;
    if (!SshConfigMatch::parse(args, &match, &problem)) {
        ImportSupport::addError(m_result, file, line, problem);
        SshConfigMatch::parse({QStringLiteral("exec"), QString()}, &match, &problem); // a block that never applies
    } else if (!match.skippedReason().isEmpty()) {
        ImportSupport::addSkipped(m_result, file, line, match.skippedReason());
    }
    m_wantsFinal |= match.wantsFinalPass();
    // As ssh: the line is tested once, where it stands, with what was obtained before it.
    Option test{QStringLiteral("\x01match"), QString(), file, line, baseScope};
    test.matchLine = int(m_matchLines.size());
    m_options.append(test);
    *scope = baseScope;
    scope->append(-1 - int(m_matchLines.size()));
    m_matchLines.append(match);
}

void SshConfigReader::handleInclude(const QStringList &args, const QString &file, int line, int depth,
                                    const QList<int> &scope)
{
    if (args.isEmpty()) {
        ImportSupport::addError(m_result, file, line, tr("Include needs a file name."));
        return;
    }
    for (const QString &pattern : args) {
        const QStringList files = m_files.includeFiles(pattern);
        if (files.isEmpty()) {
            ImportSupport::addSkipped(m_result, file, line, tr("Include “%1” matched no files.").arg(pattern));
            continue;
        }
        for (const QString &included : files) {
            if (m_stopped)
                return;
            if (m_openFiles.contains(QFileInfo(included).canonicalFilePath())) {
                ImportSupport::addSkipped(m_result, file, line,
                                          tr("“%1” is already being read: including it again would loop, "
                                             "so this Include was skipped.")
                                              .arg(included));
                continue;
            }
            if (depth + 1 > MaxIncludeDepth) {
                ImportSupport::addError(m_result, file, line,
                                        tr("Includes are nested more than %1 levels deep; “%2” was not read.")
                                            .arg(MaxIncludeDepth)
                                            .arg(included));
                continue;
            }
            parseFile(included, depth + 1, scope, file, line);
        }
    }
}

void SshConfigReader::handleOption(const QString &key, const QStringList &args, const QString &file, int line,
                                   const QList<int> &scope)
{
    if (!keptOptions().contains(key))
        return; // Everything else is connection tuning Werkbank does not keep.
    if (args.isEmpty() || args.first().isEmpty()) {
        ImportSupport::addError(m_result, file, line, tr("“%1” needs a value.").arg(key));
        return;
    }
    QString value = args.first();
    if (isForward(key)) {
        // What ssh accepts but Werkbank does not keep (a remote SOCKS proxy, a Unix socket) is skipped, not an error.
        const bool unixSocket = std::any_of(args.cbegin(), args.cend(), [](const QString &a) { return a.contains(QLatin1Char('/')); });
        if (unixSocket || (key == QLatin1String("remoteforward") && args.size() == 1)) {
            ImportSupport::addSkipped(m_result, file, line,
                                      unixSocket ? tr("Forwards to or from a Unix socket are not kept; this one was skipped.")
                                                 : tr("A remote SOCKS proxy (RemoteForward with a port alone) is not kept; it was skipped."));
            return;
        }
        PortForward forward;
        QString problem;
        if (!PortForward::fromSshConfig(key, args, &forward, &problem)) {
            ImportSupport::addError(m_result, file, line, problem);
            return;
        }
        value = forward.text();
        m_hasForwards = true;
    } else if (key == QLatin1String("port")) {
        int port = 0;
        QString problem;
        if (!ImportSupport::parsePort(value, &port, &problem)) {
            ImportSupport::addError(m_result, file, line, problem);
            return;
        }
        value = QString::number(port);
    } else if (key == QLatin1String("hostname") || key == QLatin1String("identityfile")) {
        // Kept as written (expanded for whoever connects); a token that could never be expanded is refused here.
        const bool hostName = key == QLatin1String("hostname");
        const QString problem = SshTokens::check(value, hostName ? SshTokens::hostNameTokens() : SshTokens::pathTokens(), !hostName);
        if (!problem.isEmpty()) {
            ImportSupport::addError(m_result, file, line, problem);
            return;
        }
    } else if (key == QLatin1String("canonicalizehostname")) {
        // As ssh: yes, true and always turn it on; no, false (and anything else) leave it off.
        value = value.toLower();
        const bool on = value == QLatin1String("yes") || value == QLatin1String("true") || value == QLatin1String("always");
        value = on ? QStringLiteral("yes") : QStringLiteral("no");
        if (on)
            ImportSupport::addSkipped(m_result, file, line,
                                      tr("CanonicalizeHostname asks DNS at the moment of connecting: hosts are imported "
                                         "with their names as written (the file is read a second time, as ssh does)."));
    } else if (SshHostOptions::isKeyword(key)) {
        // Skipped values still count as the first one obtained (as ProxyJump none): "" keeps nothing.
        if (!handleHostOption(key, &value, file, line))
            return;
    } else if (key == QLatin1String("proxyjump")) {
        if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            value.clear(); // Explicitly direct; still counts as the first value.
        } else {
            const QStringList hops = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            QString hop = hops.isEmpty() ? QString() : hops.last().trimmed();
            if (hop.startsWith(QLatin1String("ssh://")))
                hop = hop.mid(6);
            const qsizetype at = hop.lastIndexOf(QLatin1Char('@'));
            const bool hasUser = at >= 0;
            if (hasUser)
                hop = hop.mid(at + 1);
            bool hasPort = false;
            if (hop.startsWith(QLatin1Char('['))) {
                const qsizetype close = hop.indexOf(QLatin1Char(']'));
                hasPort = close >= 0 && hop.mid(close + 1).startsWith(QLatin1Char(':'));
                hop = close >= 0 ? hop.mid(1, close - 1) : hop.mid(1);
            } else if (hop.count(QLatin1Char(':')) == 1) {
                hasPort = true;
                hop = hop.left(hop.indexOf(QLatin1Char(':')));
            }
            if (hop.isEmpty()) {
                ImportSupport::addError(m_result, file, line, tr("ProxyJump “%1” names no host.").arg(value));
                return;
            }
            if (hops.size() > 1)
                ImportSupport::addSkipped(m_result, file, line,
                                          tr("ProxyJump “%1” goes through %2 hosts; only the last one, “%3”, "
                                             "is kept as the jump host.")
                                              .arg(value)
                                              .arg(hops.size())
                                              .arg(hop));
            if (hasUser || hasPort)
                ImportSupport::addSkipped(m_result, file, line,
                                          tr("ProxyJump “%1”: the user and port given here are not kept; "
                                             "the jump host “%2” is reached with its own settings.")
                                              .arg(value, hop));
            value = hop;
        }
    }
    m_options.append(Option{key, value, file, line, scope});
}

void SshConfigReader::walk(const QHash<QString, QList<qsizetype>> &byName, const QList<qsizetype> &general,
                           const QString &hostName, Resolution *resolution) const
{
    static const qsizetype keywordCount =
        std::count_if(keptOptions().cbegin(), keptOptions().cend(), [](const QString &k) { return !isForward(k); });
    const QList<qsizetype> named = byName.value(hostName);
    resolution->matched.assign(size_t(m_matchLines.size()), false);
    // Both lists are in file order; walk them together so the first value still wins.
    qsizetype a = 0, b = 0;
    while ((a < named.size() || b < general.size()) && (m_hasForwards || resolution->chosen.size() < keywordCount)) {
        const qsizetype i = b >= general.size() || (a < named.size() && named[a] < general[b]) ? named[a++] : general[b++];
        const Option &option = m_options[i];
        if (option.matchLine >= 0) {
            resolution->matched[size_t(option.matchLine)] = scopeMatches(option.scope, hostName, *resolution)
                                                            && m_matchLines[option.matchLine].matches(subjectFor(*resolution));
            continue;
        }
        if (isForward(option.keyword)) {
            if (!resolution->forwards.contains(option.value) && scopeMatches(option.scope, hostName, *resolution))
                resolution->forwards.append(option.value);
        } else if (!resolution->chosen.contains(option.keyword) && scopeMatches(option.scope, hostName, *resolution)) {
            resolution->chosen.insert(option.keyword, &option);
        }
    }
}

void SshConfigReader::buildHosts()
{
    // Most options sit below a Host line of plain names and can only apply to those
    // names; only the rest (wildcards, negations, Match blocks) is tried against every
    // alias. This keeps a config of many hosts linear instead of aliases × options.
    QHash<QString, QList<qsizetype>> byName;
    QList<qsizetype> general;
    for (qsizetype i = 0; i < m_options.size(); ++i) {
        const HostLine *plain = nullptr;
        for (int index : m_options[i].scope) {
            const QStringList *patterns = index >= 0 ? &m_hostLines[index].patterns : nullptr;
            if (patterns && std::none_of(patterns->cbegin(), patterns->cend(), isPattern)) {
                plain = &m_hostLines[index];
                break;
            }
        }
        if (!plain) {
            general.append(i);
            continue;
        }
        const QSet<QString> names(plain->patterns.cbegin(), plain->patterns.cend());
        for (const QString &name : names)
            byName[name].append(i);
    }

    for (const Alias &alias : std::as_const(m_aliases)) {
        Resolution resolution;
        resolution.alias = alias.name;
        walk(byName, general, alias.name, &resolution);
        // As ssh: "Match final" (or "!final"), or CanonicalizeHostname, reads the config a second time.
        const Option *canonicalize = resolution.chosen.value(QStringLiteral("canonicalizehostname"));
        if (m_wantsFinal || (canonicalize && canonicalize->value == QLatin1String("yes"))) {
            // HostName is settled before the second reading, in which Host lines and
            // "Match host" see that name (lower-cased, an IPv6 address as written) instead of the alias.
            const Option *hostName = resolution.chosen.value(QStringLiteral("hostname"));
            resolution.finalHost = hostName ? expandHostName(hostName->value, alias.name) : alias.name;
            if (!resolution.finalHost.contains(QLatin1Char(':')))
                resolution.finalHost = resolution.finalHost.toLower();
            resolution.chosen.insert(QStringLiteral("hostname"), hostName);
            resolution.finalPass = true;
            walk(byName, general, resolution.finalHost, &resolution);
        }
        const QHash<QString, const Option *> &chosen = resolution.chosen;
        const QStringList &forwards = resolution.forwards;
        ImportedHost imported;
        imported.file = alias.file;
        imported.line = alias.line;
        Host &host = imported.host;
        host.name = alias.name;
        host.address = alias.name;
        if (const Option *o = chosen.value(QStringLiteral("hostname")))
            host.address = o->value; // as written: %h is the host's name wherever it is connected from
        if (const Option *o = chosen.value(QStringLiteral("port")))
            host.port = o->value.toInt();
        if (const Option *o = chosen.value(QStringLiteral("user")))
            host.sshUser = o->value;
        if (const Option *o = chosen.value(QStringLiteral("identityfile"))) {
            host.authMethod = AuthMethod::KeyFile;
            host.identityFile = o->value; // kept as written: ~ is expanded by whoever connects
        }
        host.portForwards = forwards;
        for (const QString &keyword : SshHostOptions::keywords())
            if (const Option *o = chosen.value(keyword.toLower()); o && !o->value.isEmpty())
                host.sshOptions << o->value;
        // Without IdentityFile the host logs in through the agent: "none" would leave it nothing.
        if (const Option *o = chosen.value(QStringLiteral("identityagent"));
            o && o->value == QLatin1String("IdentityAgent none") && host.identityFile.isEmpty()) {
            host.sshOptions.removeAll(o->value);
            ImportSupport::addSkipped(m_result, o->file, o->line,
                                      tr("IdentityAgent none on “%1”, which has no IdentityFile, would leave it nothing "
                                         "to log in with; it is not kept (the host logs in through the agent).")
                                          .arg(alias.name));
        }
        if (const Option *o = chosen.value(QStringLiteral("hostkeyalias")))
            host.hostKeyAlias = o->value;
        // OpenSSH reads several files in turn and writes to the first: Werkbank keeps the first.
        if (const Option *o = chosen.value(QStringLiteral("userknownhostsfile")))
            host.knownHostsFile = o->value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : o->value;
        if (const Option *o = chosen.value(QStringLiteral("proxyjump"))) {
            if (o->value.compare(alias.name, Qt::CaseInsensitive) == 0)
                ImportSupport::addSkipped(m_result, o->file, o->line,
                                          tr("“%1” would be its own jump host; it is imported without one.")
                                              .arg(alias.name));
            else
                imported.jumpHostName = o->value;
        }
        if (ImportSupport::validateHost(host, alias.file, alias.line, m_result))
            m_result->hosts.append(imported);
    }
}

} // namespace wb
