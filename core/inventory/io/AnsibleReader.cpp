#include "core/inventory/io/AnsibleReader.h"

#include "core/inventory/io/AnsibleHostPattern.h"

#include "core/inventory/HostValidator.h"
#include "core/inventory/SshHostOptions.h"
#include "core/inventory/io/ImportSupport.h"
#include "core/inventory/io/ShellWords.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace wb {

namespace {
const QString kVarsWbName = QStringLiteral("wb_name");
} // namespace

bool AnsibleReader::isReservedGroup(const QString &name)
{
    return name == QLatin1String("all") || name == QLatin1String("ungrouped");
}

ImportResult AnsibleReader::read(const QString &path, const std::atomic<bool> *cancel)
{
    ImportResult result;
    QStringList lines;
    if (!ImportSupport::readLines(path, &lines, &result, path))
        return result;
    AnsibleReader reader(path, &result);
    reader.parse(lines, cancel);
    if (result.cancelled)
        return result;
    reader.buildTree();
    reader.buildHosts();
    // Host problems are found after the whole file is read; report everything in file order.
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    std::stable_sort(result.skipped.begin(), result.skipped.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    return result;
}

void AnsibleReader::error(int line, const QString &message)
{
    ImportSupport::addError(m_result, m_path, line, message);
}

void AnsibleReader::ensureGroup(const QString &name, int line)
{
    if (m_groups.contains(name))
        return;
    m_groups.insert(name, GroupInfo{name, name, line, {}});
    m_groupOrder.append(name);
}

void AnsibleReader::parse(const QStringList &lines, const std::atomic<bool> *cancel)
{
    // The section header rule Ansible uses: no spaces, colons or brackets in the name.
    static const QRegularExpression sectionPattern(QStringLiteral("^\\[([^:\\]\\s]+)(?::(\\w+))?\\]\\s*(?:[#;].*)?$"));
    enum class Section { Hosts, Children, Vars };
    Section section = Section::Hosts;
    QString group;            // empty: hosts go to the import target itself
    int sectionLine = 0;
    bool reportedForeign = false;

    for (qsizetype i = 0; i < lines.size() && !m_full; ++i) {
        const int lineNo = int(i + 1);
        if (ImportSupport::cancelRequested(cancel, m_result, m_path, lineNo))
            return;
        const QString text = lines[i].trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')) || text.startsWith(QLatin1Char(';')))
            continue;
        if (text.startsWith(QLatin1Char('['))) {
            const QRegularExpressionMatch match = sectionPattern.match(text);
            if (!match.hasMatch()) {
                error(lineNo, tr("“%1” is not a valid section header; write [group], [group:children] or "
                                 "[group:vars], without spaces in the name. The lines up to the next section "
                                 "were not read.")
                                  .arg(text));
                // Lines up to the next valid header would land in the wrong group.
                section = Section::Vars;
                group.clear();
                reportedForeign = true;
                continue;
            }
            const QString name = match.captured(1);
            const QString type = match.captured(2);
            sectionLine = lineNo;
            reportedForeign = false;
            group = isReservedGroup(name) ? QString() : name;
            if (!group.isEmpty()) {
                if (const QString problem = HostValidator::validateGroupName(name); !problem.isEmpty())
                    error(lineNo, problem);
                ensureGroup(name, lineNo);
            }
            if (type.isEmpty()) {
                section = Section::Hosts;
            } else if (type == QLatin1String("children")) {
                section = Section::Children;
            } else if (type == QLatin1String("vars")) {
                section = Section::Vars;
            } else {
                error(lineNo, tr("Section type “%1” is not supported; use [group], [group:children] or "
                                 "[group:vars].")
                                  .arg(type));
                section = Section::Vars;
                reportedForeign = true;
            }
            continue;
        }
        switch (section) {
        case Section::Hosts:
            parseHostLine(text, lineNo, group);
            break;
        case Section::Children: {
            QStringList words;
            QString problem;
            if (!ShellWords::split(text, &words, &problem)) {
                error(lineNo, problem);
            } else if (words.size() != 1) {
                error(lineNo, tr("A [%1:children] section lists one group name per line.").arg(group));
            } else if (isReservedGroup(words.first())) {
                error(lineNo, tr("“%1” is Ansible's group of all hosts and cannot be a child group.").arg(words.first()));
            } else if (words.first() == group) {
                error(lineNo, tr("Group “%1” cannot be a child of itself.").arg(group));
            } else {
                ensureGroup(words.first(), lineNo);
                m_links.append(ChildLink{group, words.first(), lineNo});
            }
            break;
        }
        case Section::Vars:
            parseVarsLine(text, lineNo, group, &reportedForeign, sectionLine);
            break;
        }
    }
}

void AnsibleReader::parseVarsLine(const QString &text, int line, const QString &group, bool *reportedForeign,
                                  int sectionLine)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const QString key = eq < 0 ? text : text.left(eq).trimmed();
    if (key != kVarsWbName || group.isEmpty()) {
        // Group variables drive Ansible plays; Werkbank has nowhere to keep them.
        if (!*reportedForeign) {
            ImportSupport::addSkipped(m_result, m_path, sectionLine,
                                      group.isEmpty() ? tr("Variables for all hosts are not imported.")
                                                      : tr("Variables of group “%1” are not imported.").arg(group));
            *reportedForeign = true;
        }
        return;
    }
    QStringList words;
    QString problem;
    if (!ShellWords::split(text.mid(eq + 1), &words, &problem)) {
        error(line, problem);
        return;
    }
    const QString name = words.join(QLatin1Char(' ')).trimmed();
    if (const QString groupProblem = HostValidator::validateGroupName(name); !groupProblem.isEmpty()) {
        error(line, groupProblem);
        return;
    }
    m_groups[group].displayName = name;
}

void AnsibleReader::addMembership(HostEntry *entry, const QString &group)
{
    // A short list is searched as it is; a set is only built (and paid for) for a host
    // listed in many groups, where searching the list would make the file quadratic.
    constexpr qsizetype listLimit = 32;
    if (entry->groupSet.isEmpty()) {
        if (entry->groups.contains(group))
            return;
        entry->groups.append(group);
        if (entry->groups.size() == listLimit)
            entry->groupSet = QSet<QString>(entry->groups.cbegin(), entry->groups.cend());
        return;
    }
    if (!entry->groupSet.contains(group)) {
        entry->groupSet.insert(group);
        entry->groups.append(group);
    }
}

void AnsibleReader::parseHostLine(const QString &text, int line, const QString &group)
{
    QStringList words;
    QString problem;
    if (!ShellWords::split(text, &words, &problem)) {
        error(line, problem);
        return;
    }
    if (words.isEmpty())
        return;
    QString pattern;
    QString portSuffix;
    AnsibleHostPattern::splitPort(words.first(), &pattern, &portSuffix);
    QHash<QString, Value> vars;
    if (!portSuffix.isEmpty())
        vars.insert(QStringLiteral("ansible_port"), Value{portSuffix, line});
    bool ok = true;
    for (qsizetype w = 1; w < words.size(); ++w) {
        const qsizetype eq = words[w].indexOf(QLatin1Char('='));
        if (eq <= 0) {
            error(line, tr("“%1” is not a variable: write key=value, and put quotes around values with spaces.")
                            .arg(words[w]));
            ok = false;
            continue;
        }
        vars.insert(words[w].left(eq), Value{words[w].mid(eq + 1), line});
    }
    QStringList names;
    if (!AnsibleHostPattern::expand(pattern, &names, &problem)) {
        error(line, problem);
        return;
    }
    if (!ok)
        return;
    m_mentions += names.size();
    if (m_mentions > MaxHostMentions) {
        error(line, tr("The file lists hosts more than %1 times in all; this line and the rest of the file "
                       "were not read.")
                        .arg(MaxHostMentions));
        m_full = true;
        return;
    }
    // A range names each host once, so counting the new names finds the total this line would make.
    const auto newNames = std::count_if(names.cbegin(), names.cend(),
                                        [this](const QString &name) { return !m_hosts.contains(name); });
    if (m_hosts.size() + newNames > MaxHosts) {
        error(line, tr("The file holds more than %1 hosts; this line and the rest of the file were not read.")
                        .arg(MaxHosts));
        m_full = true;
        return;
    }
    for (const QString &name : std::as_const(names)) {
        auto it = m_hosts.find(name);
        if (it == m_hosts.end()) {
            it = m_hosts.insert(name, HostEntry{name, line, {}, {}, {}});
            m_hostOrder.append(name);
        }
        addMembership(&it.value(), group);
        // The first value of a variable wins, as everywhere else in Werkbank's importers.
        for (auto v = vars.cbegin(); v != vars.cend(); ++v)
            if (!it->vars.contains(v.key()))
                it->vars.insert(v.key(), v.value());
    }
}

void AnsibleReader::buildTree()
{
    for (const ChildLink &link : std::as_const(m_links)) {
        GroupInfo &child = m_groups[link.child];
        if (!child.parent.isEmpty() || link.parent.isEmpty()) {
            // [all:children] only says the group exists; other extra parents are dropped.
            if (!link.parent.isEmpty() && child.parent != link.parent)
                ImportSupport::addSkipped(m_result, m_path, link.line,
                                          tr("Group “%1” is also listed under “%2”; it stays under “%3”, "
                                             "where it was listed first.")
                                              .arg(link.child, link.parent, child.parent));
            continue;
        }
        // The child has no parent yet, so it is the top of its tree: linking it closes a
        // loop exactly when the parent sits in that same tree.
        const QString parentTop = rootOf(link.parent);
        if (parentTop == link.child) {
            error(link.line, tr("Group “%1” cannot be a child of “%2”: “%2” is already inside “%1”.")
                                 .arg(link.child, link.parent));
            continue;
        }
        child.parent = link.parent;
        child.parentLine = link.line;
        m_treeOf.insert(link.child, parentTop);
    }
    limitDepth();
    for (const QString &name : std::as_const(m_groupOrder))
        m_result->groupPaths.append(groupPath(name));
}

QString AnsibleReader::rootOf(const QString &group)
{
    QString top = group;
    for (auto it = m_treeOf.constFind(top); it != m_treeOf.cend(); it = m_treeOf.constFind(top))
        top = it.value();
    // Point everything on the way straight at the top, so the next look-up is short.
    for (QString g = group; g != top;) {
        QString &up = m_treeOf[g];
        g = std::exchange(up, top);
    }
    return top;
}

void AnsibleReader::limitDepth()
{
    // Depths from the top down, each group visited once; a link that would put a group
    // deeper than MaxGroupDepth is dropped and the group stays directly below the target.
    QHash<QString, int> depth;
    for (const QString &name : std::as_const(m_groupOrder)) {
        QStringList chain;
        QString g = name;
        while (!g.isEmpty() && !depth.contains(g)) {
            chain.append(g);
            g = m_groups.value(g).parent;
        }
        int d = g.isEmpty() ? 0 : depth.value(g);
        for (qsizetype i = chain.size() - 1; i >= 0; --i) {
            GroupInfo &info = m_groups[chain[i]];
            if (d >= MaxGroupDepth) {
                error(info.parentLine, tr("Group “%1” would be nested more than %2 levels deep; it was placed "
                                          "directly in the import's group.")
                                           .arg(info.name)
                                           .arg(MaxGroupDepth));
                info.parent.clear();
                d = 0;
            }
            depth.insert(chain[i], ++d);
        }
    }
}

QStringList AnsibleReader::groupPath(const QString &name) const
{
    QStringList path;
    for (QString g = name; !g.isEmpty(); g = m_groups.value(g).parent)
        path.prepend(m_groups.value(g).displayName);
    return path;
}

void AnsibleReader::buildHosts()
{
    for (const QString &name : std::as_const(m_hostOrder)) {
        const HostEntry &entry = m_hosts[name];
        QStringList realGroups = entry.groups;
        realGroups.removeAll(QString());
        const int errorsBefore = int(m_result->errors.size());
        auto var = [&](const char *key, const char *oldKey = nullptr) {
            Value v = entry.vars.value(QLatin1String(key));
            if (v.line == 0 && oldKey)
                v = entry.vars.value(QLatin1String(oldKey));
            return v;
        };
        auto fail = [&](const Value &v, const QString &message) {
            error(v.line ? v.line : entry.line, message);
        };

        ImportedHost imported;
        imported.file = m_path;
        imported.line = entry.line;
        Host &host = imported.host;
        host.name = name;
        host.address = name;
        // wb_name carries a Werkbank name Ansible could not use (spaces, the same name in two groups).
        if (const Value v = var("wb_name"); !v.text.isEmpty())
            host.name = v.text;
        if (const Value v = var("ansible_host", "ansible_ssh_host"); !v.text.isEmpty())
            host.address = v.text;
        QString problem;
        if (const Value v = var("ansible_port", "ansible_ssh_port"); v.line
            && !ImportSupport::parsePort(v.text, &host.port, &problem))
            fail(v, problem);
        host.sshUser = var("ansible_user", "ansible_ssh_user").text;
        if (const Value v = var("wb_kind"); !v.text.isEmpty() && !ImportSupport::parseKind(v.text, &host.kind, &problem))
            fail(v, problem);
        host.os = var("wb_os").text;
        host.tags = HostValidator::parseTags(var("wb_tags").text);
        host.location = var("wb_location").text;
        host.owner = var("wb_owner").text;
        host.notes = var("wb_notes").text;
        host.hostKeyAlias = var("wb_host_key_alias").text;
        host.knownHostsFile = var("wb_known_hosts_file").text;
        host.reachabilityCheck = var("wb_reachability_check").text;
        host.macAddress = HostValidator::normalizedMac(var("wb_mac_address").text);
        host.sessionLog = var("wb_session_log").text.trimmed().toLower();
        host.portForwards = HostValidator::parsePortForwards(var("wb_port_forwards").text);
        host.remoteDesktop = HostValidator::normalizedRemoteDesktop(var("wb_remote_desktop").text);
        host.sshOptions = SshHostOptions::parse(var("wb_ssh_options").text);
        host.identityFile = var("wb_identity_file", "ansible_ssh_private_key_file").text;
        if (const Value v = var("wb_auth"); !v.text.isEmpty()) {
            if (!ImportSupport::parseAuth(v.text, &host.authMethod, &problem))
                fail(v, problem);
        } else if (!host.identityFile.isEmpty()) {
            host.authMethod = AuthMethod::KeyFile;
        }
        imported.jumpHostName = var("wb_jump_host").text;

        if (!realGroups.isEmpty()) {
            imported.groupPath = groupPath(realGroups.first());
            if (realGroups.size() > 1) {
                // Werkbank keeps a host in one group; the other memberships survive as tags.
                QSet<QString> tags(host.tags.cbegin(), host.tags.cend());
                for (qsizetype g = 1; g < realGroups.size(); ++g) {
                    if (!tags.contains(realGroups[g])) {
                        tags.insert(realGroups[g]);
                        host.tags.append(realGroups[g]);
                    }
                }
                ImportSupport::addSkipped(m_result, m_path, entry.line,
                                          tr("Host “%1” is in the groups %2; it was placed in “%3” and the other "
                                             "groups became tags.")
                                              .arg(name, realGroups.join(QStringLiteral(", ")), realGroups.first()));
            }
        }
        ImportSupport::validateHost(host, m_path, entry.line, m_result);
        if (m_result->errors.size() == errorsBefore)
            m_result->hosts.append(imported);
    }
}

} // namespace wb
