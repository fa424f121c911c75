#include "SshConfigReader.h"

#include "ImportSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace wb {

namespace {
// ssh(1) patterns: * and ? only, compared without regard to case like ssh does
// after lower-casing the host name.
bool globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || pattern[p].toCaseFolded() == text[t].toCaseFolded())) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool hasWildcard(const QString &text)
{
    return text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?')) || text.contains(QLatin1Char('['));
}

QString joinPath(const QString &base, const QString &component)
{
    if (base.isEmpty())
        return component;
    if (base.endsWith(QLatin1Char('/')))
        return base + component;
    return base + QLatin1Char('/') + component;
}

// "%h" in HostName stands for the alias; "%%" for a percent sign.
QString expandHostNameTokens(const QString &value, const QString &alias)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('%') && i + 1 < value.size()) {
            const QChar next = value[i + 1];
            if (next == QLatin1Char('h')) {
                out += alias;
                ++i;
                continue;
            }
            if (next == QLatin1Char('%')) {
                out += QLatin1Char('%');
                ++i;
                continue;
            }
        }
        out += value[i];
    }
    return out;
}
} // namespace

ImportResult SshConfigReader::read(const QString &path)
{
    ImportResult result;
    SshConfigReader reader(&result);
    reader.parseFile(path, 0, {}, path, 0);
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
        if (globMatch(negated ? QStringView(pattern).mid(1) : QStringView(pattern), alias)) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}

bool SshConfigReader::scopeMatches(const QList<int> &scope, const QString &alias) const
{
    for (int index : scope)
        if (index < 0 || !hostLineMatches(m_hostLines[index].patterns, alias))
            return false;
    return true;
}

QStringList SshConfigReader::expandInclude(const QString &pattern, const QString &includingFile)
{
    QString path = pattern;
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    else if (QFileInfo(path).isRelative())
        path = QDir::cleanPath(joinPath(QFileInfo(includingFile).path(), path));

    if (!hasWildcard(path))
        return QFileInfo(path).isFile() ? QStringList{path} : QStringList{};

    // Expand one path component at a time, like glob(3), sorted by name.
    QStringList bases = {path.startsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString()};
    const QStringList components = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype c = 0; c < components.size(); ++c) {
        const QString &component = components[c];
        const bool last = c == components.size() - 1;
        QStringList next;
        for (const QString &base : std::as_const(bases)) {
            if (!hasWildcard(component)) {
                next.append(joinPath(base, component));
                continue;
            }
            QDir::Filters filters = QDir::NoDotAndDotDot | (last ? QDir::Files : QDir::Dirs);
            if (component.startsWith(QLatin1Char('.')))
                filters |= QDir::Hidden;
            const QDir dir(base.isEmpty() ? QStringLiteral(".") : base);
            const QStringList entries = dir.entryList({component}, filters, QDir::Name);
            for (const QString &entry : entries)
                next.append(joinPath(base, entry));
        }
        bases = next;
    }
    QStringList files;
    for (const QString &candidate : std::as_const(bases))
        if (QFileInfo(candidate).isFile())
            files.append(candidate);
    return files;
}

void SshConfigReader::parseFile(const QString &path, int depth, const QList<int> &baseScope, const QString &fromFile,
                                int fromLine)
{
    QStringList lines;
    if (!ImportSupport::readLines(path, &lines, m_result, fromFile, fromLine))
        return;
    m_openFiles.append(QFileInfo(path).canonicalFilePath());

    QList<int> scope = baseScope;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
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
            // Match conditions depend on the connection (user, exec…), so they cannot be resolved here.
            scope = baseScope;
            scope.append(-1);
            ImportSupport::addSkipped(m_result, path, lineNo,
                                      tr("Match blocks are not supported: the settings in this block were not imported."));
        } else if (key == QLatin1String("include")) {
            handleInclude(args, path, lineNo, depth, scope);
        } else {
            handleOption(key, args, path, lineNo, scope);
        }
    }
    m_openFiles.removeLast();
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
        if (m_aliasNames.contains(arg.toLower()))
            continue;
        m_aliasNames.insert(arg.toLower());
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

void SshConfigReader::handleInclude(const QStringList &args, const QString &file, int line, int depth,
                                    const QList<int> &scope)
{
    if (args.isEmpty()) {
        ImportSupport::addError(m_result, file, line, tr("Include needs a file name."));
        return;
    }
    for (const QString &pattern : args) {
        const QStringList files = expandInclude(pattern, file);
        if (files.isEmpty()) {
            ImportSupport::addSkipped(m_result, file, line, tr("Include “%1” matched no files.").arg(pattern));
            continue;
        }
        for (const QString &included : files) {
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
    static const QStringList known = {QStringLiteral("hostname"), QStringLiteral("user"), QStringLiteral("port"),
                                      QStringLiteral("identityfile"), QStringLiteral("proxyjump")};
    if (!known.contains(key))
        return; // Everything else is connection tuning Werkbank does not keep.
    if (args.isEmpty() || args.first().isEmpty()) {
        ImportSupport::addError(m_result, file, line, tr("“%1” needs a value.").arg(key));
        return;
    }
    QString value = args.first();
    if (key == QLatin1String("port")) {
        int port = 0;
        QString problem;
        if (!ImportSupport::parsePort(value, &port, &problem)) {
            ImportSupport::addError(m_result, file, line, problem);
            return;
        }
        value = QString::number(port);
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

void SshConfigReader::buildHosts()
{
    for (const Alias &alias : std::as_const(m_aliases)) {
        QHash<QString, const Option *> chosen;
        for (const Option &option : std::as_const(m_options)) {
            if (!chosen.contains(option.keyword) && scopeMatches(option.scope, alias.name))
                chosen.insert(option.keyword, &option);
        }
        ImportedHost imported;
        imported.file = alias.file;
        imported.line = alias.line;
        Host &host = imported.host;
        host.name = alias.name;
        host.address = alias.name;
        if (const Option *o = chosen.value(QStringLiteral("hostname")))
            host.address = expandHostNameTokens(o->value, alias.name);
        if (const Option *o = chosen.value(QStringLiteral("port")))
            host.port = o->value.toInt();
        if (const Option *o = chosen.value(QStringLiteral("user")))
            host.sshUser = o->value;
        if (const Option *o = chosen.value(QStringLiteral("identityfile"))) {
            host.authMethod = AuthMethod::KeyFile;
            host.identityFile = o->value; // kept as written: ~ is expanded by whoever connects
        }
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
