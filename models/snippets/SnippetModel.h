#pragma once

#include "core/snippets/Snippet.h"

#include <QAbstractTableModel>

namespace wb {

// The snippet library as a table (name, description; the body as tooltip),
// always in Snippet::lessByName order. It only adapts: whoever calls the
// SnippetStore tells the model afterwards what changed.
class SnippetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, BodyRole };

    explicit SnippetModel(QObject *parent = nullptr);

    void setSnippets(QList<Snippet> snippets);
    // Adds a snippet, or replaces the one with its id; a rename moves the row to its new place.
    void upsert(const Snippet &snippet);
    void removeById(SnippetId id);

    // -1 when no row has that id.
    int rowOf(SnippetId id) const;
    const Snippet &snippetAt(int row) const { return m_snippets.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Where `snippet` belongs among the rows other than `skip`.
    int sortedRow(const Snippet &snippet, int skip) const;

    QList<Snippet> m_snippets;
};

} // namespace wb
