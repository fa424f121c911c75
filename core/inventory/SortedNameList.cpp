#include "core/inventory/SortedNameList.h"

#include <numeric>

#include <algorithm>

namespace wb {

bool SortedNameList::nameLess(const QString &a, const QString &b)
{
    auto fold = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; };
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = fold(a[i].unicode()), y = fold(b[i].unicode());
        if (x != y)
            return x < y;
    }
    return a.size() < b.size();
}

void SortedNameList::append(qint64 id, const QString &name)
{
    m_ids.append(id);
    m_names.append(name);
    m_byName.insert(name, id);
}

void SortedNameList::sortLoaded()
{
    QList<qsizetype> order(m_ids.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        if (nameLess(m_names.at(a), m_names.at(b)))
            return true;
        return !nameLess(m_names.at(b), m_names.at(a)) && m_ids.at(a) < m_ids.at(b);
    });
    QList<qint64> ids;
    QList<QString> names;
    ids.reserve(m_ids.size());
    names.reserve(m_names.size());
    for (qsizetype at : std::as_const(order)) {
        ids.append(m_ids.at(at));
        names.append(m_names.at(at));
    }
    m_ids = std::move(ids);
    m_names = std::move(names);
}

void SortedNameList::insert(qint64 id, const QString &name)
{
    const qsizetype at = std::upper_bound(m_names.cbegin(), m_names.cend(), name, nameLess) - m_names.cbegin();
    m_ids.insert(at, id);
    m_names.insert(at, name);
    m_byName.insert(name, id);
}

void SortedNameList::remove(qint64 id)
{
    const qsizetype at = m_ids.indexOf(id);
    if (at < 0)
        return;
    m_byName.remove(m_names.at(at));
    m_ids.removeAt(at);
    m_names.removeAt(at);
}

} // namespace wb
