#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

// One Match line of an OpenSSH client config, read and tested as ssh(1)
// does (readconf.c, match_cfg_line): every criterion must hold; "!" negates
// one; host and originalhost compare in lower case, user as written;
// "final" holds only in the second reading of the config that any "final"
// criterion asks for (negated too, as in OpenSSH 9.2; "canonical" likewise).
// Criteria that depend on the moment of connecting (exec, localuser) make the
// block one that an import never applies: skippedReason() says why.
class SshConfigMatch
{
    Q_DECLARE_TR_FUNCTIONS(wb::SshConfigMatch)
public:
    // What the criteria are tested against, at the point of the config where the Match line is.
    struct Subject {
        QString host;          // HostName so far (%h expanded), else the name asked for
        QString originalHost;  // the name asked for
        QString user;          // User so far, else the local user
        bool finalPass = false;
    };

    // False with a problem for a line ssh itself refuses.
    static bool parse(const QStringList &args, SshConfigMatch *match, QString *problem);

    bool matches(const Subject &subject) const;
    bool wantsFinalPass() const { return m_wantsFinal; }
    QString skippedReason() const { return m_skipped; }

    // ssh's match_pattern_list: 1 when a pattern of the comma-separated list
    // matches and no negated one does, -1 when a negated one does, else 0.
    static int patternListMatch(QStringView text, QStringView patterns, bool lowerPatterns);
    // ssh's match_pattern: * and ?, compared as written.
    static bool globMatch(QStringView pattern, QStringView text);

private:
    enum class Kind { Final, Canonical, Host, OriginalHost, User, All };
    struct Criterion {
        Kind kind = Kind::All;
        bool negated = false;
        QString patterns;
    };
    QList<Criterion> m_criteria;
    QString m_skipped;
    bool m_wantsFinal = false;
};

} // namespace wb
