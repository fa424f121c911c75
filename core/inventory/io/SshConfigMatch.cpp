#include "core/inventory/io/SshConfigMatch.h"

namespace wb {

bool SshConfigMatch::globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || pattern[p] == text[t])) {
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

int SshConfigMatch::patternListMatch(QStringView text, QStringView patterns, bool lowerPatterns)
{
    bool positive = false;
    for (QStringView pattern : patterns.split(QLatin1Char(','))) {
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        if (negated)
            pattern = pattern.mid(1);
        const bool matched = lowerPatterns ? globMatch(pattern.toString().toLower(), text) : globMatch(pattern, text);
        if (matched) {
            if (negated)
                return -1;
            positive = true;
        }
    }
    return positive ? 1 : 0;
}

bool SshConfigMatch::parse(const QStringList &args, SshConfigMatch *match, QString *problem)
{
    *match = SshConfigMatch();
    int counted = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString word = args[i];
        Criterion criterion;
        criterion.negated = word.startsWith(QLatin1Char('!'));
        if (criterion.negated)
            word.remove(0, 1);
        const QString name = word.toLower();
        if (name == QLatin1String("all")) {
            // As ssh: alone, or after one other criterion (canonical or final), and last.
            if (counted > 1 || i + 1 < args.size()) {
                *problem = tr("“Match all” cannot be combined with other criteria.");
                return false;
            }
            criterion.kind = Kind::All;
            match->m_criteria.append(criterion);
            return true;
        }
        ++counted;
        if (name == QLatin1String("final") || name == QLatin1String("canonical")) {
            criterion.kind = name == QLatin1String("final") ? Kind::Final : Kind::Canonical;
            match->m_wantsFinal |= criterion.kind == Kind::Final; // "!final" too, in OpenSSH 9.2
            match->m_criteria.append(criterion);
            continue;
        }
        if (i + 1 >= args.size()) {
            *problem = tr("“Match %1” needs a pattern or a command after it.").arg(word);
            return false;
        }
        criterion.patterns = args[++i];
        if (name == QLatin1String("host")) {
            criterion.kind = Kind::Host;
        } else if (name == QLatin1String("originalhost")) {
            criterion.kind = Kind::OriginalHost;
        } else if (name == QLatin1String("user")) {
            criterion.kind = Kind::User;
        } else if (name == QLatin1String("exec") || name == QLatin1String("localuser")) {
            if (match->m_skipped.isEmpty())
                match->m_skipped = name == QLatin1String("exec")
                                       ? tr("“Match exec” runs a command at the moment of connecting: "
                                            "the settings in this block were not imported.")
                                       : tr("“Match localuser” depends on who connects (a team shares the inventory): "
                                            "the settings in this block were not imported.");
            continue;
        } else {
            *problem = tr("“Match %1” is not a criterion OpenSSH knows (host, originalhost, user, localuser, exec, "
                          "canonical, final, all).")
                           .arg(word);
            return false;
        }
        match->m_criteria.append(criterion);
    }
    if (counted == 0) {
        *problem = tr("A Match line needs at least one criterion, such as “Match host *.example.org”.");
        return false;
    }
    return true;
}

bool SshConfigMatch::matches(const Subject &subject) const
{
    if (!m_skipped.isEmpty())
        return false;
    for (const Criterion &c : m_criteria) {
        bool held = true;
        switch (c.kind) {
        case Kind::All: held = true; break;
        case Kind::Final:
        case Kind::Canonical: held = subject.finalPass; break;
        case Kind::Host: held = patternListMatch(subject.host.toLower(), c.patterns, true) == 1; break;
        case Kind::OriginalHost: held = patternListMatch(subject.originalHost.toLower(), c.patterns, true) == 1; break;
        case Kind::User: held = patternListMatch(subject.user, c.patterns, false) == 1; break;
        }
        if (held == c.negated)
            return false;
    }
    return true;
}

} // namespace wb
