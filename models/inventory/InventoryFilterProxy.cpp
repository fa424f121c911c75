#include "models/inventory/InventoryFilterProxy.h"

#include "core/inventory/Inventory.h"
#include "models/inventory/InventoryModel.h"

#include <QRegularExpression>

namespace wb {

namespace {
inline char16_t lowerAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}
} // namespace

bool InventoryFilterProxy::Term::contains(const QString &field) const
{
    if (field.isEmpty())
        return false;
    if (asciiLower.isEmpty())
        return matcher.indexIn(field) >= 0;
    // Names, addresses, tags and OS strings are short; a plain scan without
    // Unicode case folding beats a Boyer-Moore table for them, and matters
    // when it runs half a million times per keystroke.
    const auto *hay = reinterpret_cast<const char16_t *>(field.constData());
    const qsizetype n = field.size();
    const qsizetype m = asciiLower.size();
    const char *needle = asciiLower.constData();
    for (qsizetype i = 0; i + m <= n; ++i) {
        if (lowerAscii(hay[i]) != char16_t(needle[0]))
            continue;
        qsizetype j = 1;
        while (j < m && lowerAscii(hay[i + j]) == char16_t(needle[j]))
            ++j;
        if (j == m)
            return true;
    }
    return false;
}

InventoryFilterProxy::InventoryFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(false);  // we compute ancestors ourselves
    setDynamicSortFilter(false);
    // Edits and moves while a filter is on can change what matches; one
    // recomputation after a burst of changes is enough.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &InventoryFilterProxy::refilter);
}

void InventoryFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<InventoryModel *>(model);
    Q_ASSERT_X(m_model, "InventoryFilterProxy", "source must be an InventoryModel");
    // Connected before the base class connects, so the visible set is
    // up to date when QSortFilterProxyModel asks about inserted rows.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InventoryFilterProxy::onSourceRowsInserted);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_active)
            recompute();
    });
    auto later = [this] {
        if (m_active)
            m_refresh.start();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, later);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, later);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, later);
    QSortFilterProxyModel::setSourceModel(model);
    if (m_active)
        refilter();
}

void InventoryFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms.clear();
    // The English keywords always work (scripts, habits); the UI language's too.
    const QList<QPair<QString, Term::Field>> prefixes = {
        {QStringLiteral("name:"), Term::Name}, {QStringLiteral("address:"), Term::Address},
        {QStringLiteral("tag:"), Term::Tag},   {QStringLiteral("os:"), Term::Os},
        {QStringLiteral("kind:"), Term::Kind}, {QStringLiteral("down:"), Term::Down},
        {QStringLiteral("updates:"), Term::Fact}, {QStringLiteral("security:"), Term::Fact}, {QStringLiteral("failed:"), Term::Fact},
        {QStringLiteral("disk:"), Term::Fact}, {QStringLiteral("backup:"), Term::Fact}, {QStringLiteral("reboot:"), Term::Fact},
        {QStringLiteral("full:"), Term::Fact},
        //: A filter keyword: the host's name (ends with a colon, no spaces)
        {tr("name:"), Term::Name},
        //: A filter keyword: the host's address (ends with a colon, no spaces)
        {tr("address:"), Term::Address},
        //: A filter keyword: one of the host's tags (ends with a colon, no spaces)
        {tr("tag:"), Term::Tag},
        //: A filter keyword: the host's operating system (ends with a colon, no spaces)
        {tr("os:"), Term::Os},
        //: A filter keyword: the host's kind, such as router (ends with a colon, no spaces)
        {tr("kind:"), Term::Kind},
        //: A filter keyword: down:yes shows hosts the last reachability check found down (ends with a colon, no spaces)
        {tr("down:"), Term::Down},
        //: A filter keyword: pending updates, as in updates:>0 (ends with a colon, no spaces)
        {tr("updates:"), Term::Fact},
        //: A filter keyword: pending security updates, as in security:>0 (ends with a colon, no spaces)
        {tr("security:"), Term::Fact},
        //: A filter keyword: failed systemd units, as in failed:>0 (ends with a colon, no spaces)
        {tr("failed:"), Term::Fact},
        //: A filter keyword: the fullest disk's use in percent, as in disk:>90 (ends with a colon, no spaces)
        {tr("disk:"), Term::Fact},
        //: A filter keyword: the last backup's age, as in backup:>1d (ends with a colon, no spaces)
        {tr("backup:"), Term::Fact},
        //: A filter keyword: a reboot is required, as in reboot:yes (ends with a colon, no spaces)
        {tr("reboot:"), Term::Fact},
        //: A filter keyword: the time until a disk fills, as in full:<14d (ends with a colon, no spaces)
        {tr("full:"), Term::Fact},
    };
    // Which fact each keyword compares, in the order of the keywords above (English, then translated).
    const QList<InventoryFacts::Fact> factOrder = {InventoryFacts::Fact::Updates, InventoryFacts::Fact::Security,
                                                   InventoryFacts::Fact::FailedUnits, InventoryFacts::Fact::Disk,
                                                   InventoryFacts::Fact::BackupAge, InventoryFacts::Fact::Reboot,
                                                   InventoryFacts::Fact::FullIn};
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        Term term;
        term.text = word;
        int factIndex = 0;
        for (const auto &[prefix, field] : prefixes) {
            if (word.startsWith(prefix, Qt::CaseInsensitive) && word.size() > prefix.size()) {
                term.field = field;
                term.text = word.mid(prefix.size());
                if (field == Term::Fact)
                    parseFactTerm(factOrder.at(factIndex % factOrder.size()), &term);
                break;
            }
            if (field == Term::Fact)
                ++factIndex;
        }
        if (term.field == Term::Down) {
            //: The answer "no" in the inventory filter's down:no
            const bool no = term.text.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0
                            || term.text.compare(tr("no"), Qt::CaseInsensitive) == 0;
            term.wantDown = !no;
        }
        term.matcher = QStringMatcher(term.text, Qt::CaseInsensitive);
        bool ascii = true;
        for (QChar c : term.text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            term.asciiLower = term.text.toLower().toLatin1();
        for (HostKind kind : allHostKinds()) {
            term.kindMatches[size_t(kind)] = hostKindId(kind).contains(term.text, Qt::CaseInsensitive)
                                             || hostKindDisplayName(kind).contains(term.text, Qt::CaseInsensitive);
        }
        //: What kind:directory matches in the inventory filter, in the UI language (one word)
        const QString directoryWord = tr("directory");
        for (DirectoryKind kind : {DirectoryKind::Detect, DirectoryKind::ActiveDirectory, DirectoryKind::OpenLdap}) {
            const bool named = kind != DirectoryKind::Detect
                               && (directoryKindId(kind).contains(term.text, Qt::CaseInsensitive)
                                   || directoryKindDisplayName(kind).contains(term.text, Qt::CaseInsensitive));
            term.directoryKindMatches[size_t(kind)] = named
                                                      || QStringLiteral("directory").contains(term.text, Qt::CaseInsensitive)
                                                      || directoryWord.contains(term.text, Qt::CaseInsensitive);
        }
        m_terms.append(term);
    }
    refilter();
}

void InventoryFilterProxy::setKinds(const QSet<HostKind> &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    refilter();
}

void InventoryFilterProxy::clear()
{
    m_text.clear();
    m_terms.clear();
    m_kinds.clear();
    refilter();
}

void InventoryFilterProxy::refilter()
{
    m_refresh.stop();
    m_active = !m_terms.isEmpty() || !m_kinds.isEmpty();
    recompute();
    // invalidate() drops all mappings and rebuilds them lazily for what views
    // ask about; invalidateFilter() would re-filter every mapped row of an
    // expanded 100,000-host tree and announce each change one by one.
    invalidate();
}

bool InventoryFilterProxy::Term::compare(qint64 value) const
{
    if (number < 0)
        return false;
    switch (op) {
    case '>': return value > number;
    case '<': return value < number;
    case 'g': return value >= number;
    case 'l': return value <= number;
    default: return value == number;
    }
}

void InventoryFilterProxy::parseFactTerm(InventoryFacts::Fact fact, Term *term)
{
    term->fact = int(fact);
    term->number = -1;
    const QString text = term->text.trimmed();
    if (fact == InventoryFacts::Fact::Reboot) {
        //: The answer "yes" in the inventory filter's reboot:yes
        const bool yes = text.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 || text.compare(tr("yes"), Qt::CaseInsensitive) == 0;
        const bool no = text.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0 || text.compare(tr("no"), Qt::CaseInsensitive) == 0;
        if (yes || no)
            term->number = yes ? 1 : 0;
        return;
    }
    // An operator, a number, and for a time (the backup's age, the time until full) a unit (s, m, h, d, w; Dutch u for hours).
    static const QRegularExpression comparison(QStringLiteral("^(>=|<=|>|<|=)?(\\d+)([smhudw]?)$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = comparison.match(text);
    if (!m.hasMatch())
        return;
    const QString op = m.captured(1);
    term->op = op == QLatin1String(">=") ? 'g' : op == QLatin1String("<=") ? 'l' : op.isEmpty() ? '=' : op.at(0).toLatin1();
    qint64 number = m.captured(2).toLongLong();
    const QChar unit = m.captured(3).isEmpty() ? QChar() : m.captured(3).at(0).toLower();
    if (fact == InventoryFacts::Fact::BackupAge || fact == InventoryFacts::Fact::FullIn) {
        static const QHash<QChar, qint64> seconds{{QChar(u's'), 1}, {QChar(u'm'), 60}, {QChar(u'h'), 3600}, {QChar(u'u'), 3600},
                                                   {QChar(u'd'), 86400}, {QChar(u'w'), 7 * 86400}, {QChar(), 86400}};
        number *= seconds.value(unit, 86400);
    } else if (!unit.isNull()) {
        return; // a unit on a count: not understood
    }
    term->number = number;
}

bool InventoryFilterProxy::termMatches(const Host &h, const Term &term) const
{
    auto in = [&term](const QString &field) { return term.contains(field); };
    auto inTags = [&] {
        for (const QString &tag : h.tags)
            if (in(tag))
                return true;
        return false;
    };
    auto inKind = [&] { return term.kindMatches[size_t(h.kind)]; };
    switch (term.field) {
    case Term::Name:
        return in(h.name);
    case Term::Address:
        return in(h.address) || (h.address.contains(QLatin1Char('%')) && in(h.connectAddress()));
    case Term::Tag:
        return inTags();
    case Term::Os:
        return in(h.os);
    case Term::Kind:
        return inKind();
    case Term::Down:
        return m_model && m_model->reachability().isDown(h.id) == term.wantDown;
    case Term::Fact:
        if (const std::optional<qint64> value = m_model ? m_model->facts().value(h.id, InventoryFacts::Fact(term.fact)) : std::nullopt)
            return term.compare(*value);
        return false;
    case Term::Any:
        return in(h.name) || in(h.address) || (h.address.contains(QLatin1Char('%')) && in(h.connectAddress())) || in(h.os) || inTags() || inKind();
    }
    return false;
}

bool InventoryFilterProxy::hostMatches(const Host &h, bool textAlreadyMatched) const
{
    if (!m_kinds.isEmpty() && !m_kinds.contains(h.kind))
        return false;
    if (textAlreadyMatched)
        return true;
    for (const Term &term : m_terms)
        if (!termMatches(h, term))
            return false;
    return true;
}

bool InventoryFilterProxy::directoryMatches(const Directory &d, bool textAlreadyMatched) const
{
    if (!m_kinds.isEmpty())
        return false;  // host kinds chosen: directories are none of them
    if (textAlreadyMatched)
        return true;
    for (const Term &term : m_terms) {
        const bool kind = term.directoryKindMatches[size_t(d.kind)];
        bool matches = false;
        switch (term.field) {
        case Term::Name:
            matches = term.contains(d.name);
            break;
        case Term::Address:
            matches = term.contains(d.url);
            break;
        case Term::Tag:
        case Term::Os:
        case Term::Down:
        case Term::Fact:
            break;
        case Term::Kind:
            matches = kind;
            break;
        case Term::Any:
            matches = term.contains(d.name) || term.contains(d.url) || term.contains(d.baseDn) || kind;
            break;
        }
        if (!matches)
            return false;
    }
    return true;
}

bool InventoryFilterProxy::textMatchedAbove(GroupId group) const
{
    const Inventory *inventory = m_model->inventory();
    for (GroupId g = group; g != 0; g = inventory->group(g)->parentId)
        if (groupNameMatches(inventory->group(g)->name))
            return true;
    return false;
}

bool InventoryFilterProxy::groupNameMatches(const QString &name) const
{
    if (m_terms.isEmpty())
        return false;
    for (const Term &term : m_terms)
        if (term.field != Term::Any && term.field != Term::Name)
            return false;
    for (const Term &term : m_terms)
        if (!name.contains(term.text, Qt::CaseInsensitive))
            return false;
    return true;
}

void InventoryFilterProxy::markGroupVisible(GroupId id)
{
    const Inventory *inventory = m_model->inventory();
    for (const Group *g = inventory->group(id); g; g = inventory->group(g->parentId)) {
        if (!m_visibleGroups.insert(g->id))
            return;  // its ancestors are already in
    }
}

void InventoryFilterProxy::collectTextMatchedGroups(GroupId id, bool matchedAbove, QSet<GroupId> *matched) const
{
    const Inventory *inventory = m_model->inventory();
    for (GroupId child : inventory->childGroups(id)) {
        const bool here = matchedAbove || groupNameMatches(inventory->group(child)->name);
        if (here)
            matched->insert(child);
        collectTextMatchedGroups(child, here, matched);
    }
}

void InventoryFilterProxy::recompute()
{
    m_visibleGroups.clear();
    m_visibleHosts.clear();
    m_visibleDirectories.clear();
    m_matchingHosts = 0;
    if (!m_active || !m_model)
        return;
    const Inventory *inventory = m_model->inventory();
    // Groups first (few), then one straight pass over all hosts (many): no
    // per-host lookups, which dominate with 100,000 hosts.
    QSet<GroupId> textMatchedGroups;
    collectTextMatchedGroups(0, false, &textMatchedGroups);
    // A matching group stays visible even when it holds nothing of the chosen kinds.
    for (GroupId g : std::as_const(textMatchedGroups))
        markGroupVisible(g);
    for (const Host &h : inventory->allHosts()) {
        if (hostMatches(h, h.groupId != 0 && textMatchedGroups.contains(h.groupId))) {
            m_visibleHosts.insert(h.id);
            ++m_matchingHosts;
            if (h.groupId != 0)
                markGroupVisible(h.groupId);
        }
    }
    for (const Directory &d : inventory->allDirectories()) {
        if (directoryMatches(d, d.groupId != 0 && textMatchedGroups.contains(d.groupId))) {
            m_visibleDirectories.insert(d.id);
            if (d.groupId != 0)
                markGroupVisible(d.groupId);
        }
    }
}

void InventoryFilterProxy::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (!m_active)
        return;
    const Inventory *inventory = m_model->inventory();
    bool revealedGroup = false;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        const qint64 id = InventoryModel::itemId(index);
        if (InventoryModel::isDirectory(index)) {
            const Directory *d = inventory->directory(id);
            if (directoryMatches(*d, textMatchedAbove(d->groupId))) {
                m_visibleDirectories.insert(id);
                if (d->groupId != 0 && !m_visibleGroups.contains(d->groupId)) {
                    markGroupVisible(d->groupId);
                    revealedGroup = true;
                }
            }
        } else if (InventoryModel::isHost(index)) {
            const Host *h = inventory->host(id);
            if (hostMatches(*h, textMatchedAbove(h->groupId))) {
                if (m_visibleHosts.insert(id))
                    ++m_matchingHosts;
                if (h->groupId != 0 && !m_visibleGroups.contains(h->groupId)) {
                    markGroupVisible(h->groupId);
                    revealedGroup = true;
                }
            }
        } else {
            // A whole restored subtree: cheaper to recompute than to patch.
            revealedGroup = true;
        }
    }
    if (revealedGroup)
        m_refresh.start();
}

bool InventoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_active)
        return true;
    const auto item = m_model->itemAt(m_model->index(sourceRow, 0, sourceParent));
    if (item.isDirectory)
        return m_visibleDirectories.contains(item.id);
    return item.isGroup ? m_visibleGroups.contains(item.id) : m_visibleHosts.contains(item.id);
}

} // namespace wb
