#include "models/snippets/SnippetModel.h"

#include <algorithm>

namespace wb {

SnippetModel::SnippetModel(QObject *parent) : QAbstractTableModel(parent) {}

void SnippetModel::setSnippets(QList<Snippet> snippets)
{
    beginResetModel();
    m_snippets = std::move(snippets);
    std::sort(m_snippets.begin(), m_snippets.end(), &Snippet::lessByName);
    endResetModel();
}

int SnippetModel::sortedRow(const Snippet &snippet, int skip) const
{
    int row = 0;
    for (int i = 0; i < m_snippets.size(); ++i)
        if (i != skip && Snippet::lessByName(m_snippets.at(i), snippet))
            ++row;
    return row;
}

void SnippetModel::upsert(const Snippet &snippet)
{
    const int from = rowOf(snippet.id);
    const int to = sortedRow(snippet, from);
    if (from < 0) {
        beginInsertRows({}, to, to);
        m_snippets.insert(to, snippet);
        endInsertRows();
        return;
    }
    if (to != from) {
        // Qt names the destination as the row *before which* it lands, counted before the move.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_snippets.move(from, to);
        endMoveRows();
    }
    m_snippets[to] = snippet;
    Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

void SnippetModel::removeById(SnippetId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_snippets.removeAt(row);
    endRemoveRows();
}

int SnippetModel::rowOf(SnippetId id) const
{
    const auto it = std::find_if(m_snippets.cbegin(), m_snippets.cend(), [id](const Snippet &s) { return s.id == id; });
    return it == m_snippets.cend() ? -1 : int(it - m_snippets.cbegin());
}

int SnippetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snippets.size());
}

int SnippetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnippetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Snippet &snippet = m_snippets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == NameColumn ? snippet.name : snippet.description;
    case Qt::ToolTipRole:
    case BodyRole:
        return snippet.body;
    case IdRole:
        return snippet.id;
    default:
        return {};
    }
}

QVariant SnippetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace wb
