#pragma once

#include "core/files/SftpWire.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <functional>

namespace wb {

// One remote folder as SFTP listed it: name, size, modified, permissions,
// owner. Names are shown with control characters made visible (a newline in a
// file name stays on its row); the bytes the server sent are kept for
// requests (NameBytesRole). "." and "..", and names that are not one path part (a "/" or a NUL in them, from a hostile server), are left out.
class RemoteFolderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, PermissionsColumn, OwnerColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers and times where the text would sort wrongly
        IsFolderRole,                // a folder (a link is not, until followed)
        IsLinkRole,
        NameBytesRole,               // the name as the server sent it
        PathRole,                    // folder + "/" + name, as bytes
    };

    explicit RemoteFolderModel(QObject *parent = nullptr);

    // Replaces the rows with a new listing of `folder` (bytes, as the server has it).
    void setListing(const QByteArray &folder, const QList<SftpEntry> &entries);
    void clear();
    const QByteArray &folder() const { return m_folder; }
    const SftpEntry &entry(int row) const { return m_rows.at(row); }
    int rowOfName(const QByteArray &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Drag and drop: local files dropped on the list (or on a folder in it)
    // are asked to be uploaded (uploadDropped); rows dragged out carry what
    // the drag maker gives for their paths (the widget's, which fetches them).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    using DragMaker = std::function<QMimeData *(const QList<QByteArray> &paths)>;
    void setDragMaker(DragMaker maker) { m_dragMaker = std::move(maker); }
    // The format a drag out of a file list carries, so that it is not dropped back on one.
    static QString remoteFilesFormat();

    // "drwxr-x---", "lrwxrwxrwx", as ls -l shows a mode.
    static QString modeText(quint32 mode);
    // A name with its control characters shown as ^J, ^[, … (cat -v).
    static QString shownName(const QByteArray &name);
    static QByteArray joined(const QByteArray &folder, const QByteArray &name);

Q_SIGNALS:
    void uploadDropped(const QStringList &localPaths, const QByteArray &folder);

private:
    QString ownerOf(const SftpEntry &entry) const;

    QByteArray m_folder;
    QList<SftpEntry> m_rows;
    DragMaker m_dragMaker;
};

// Folders first, then the column's order; hidden files (a leading dot) only
// when asked; a filter that matches names, case-insensitively.
class RemoteFolderFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RemoteFolderFilter(QObject *parent = nullptr);
    void setShowHidden(bool show);
    bool showsHidden() const { return m_showHidden; }
    void setNameFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_showHidden = false;
    QString m_nameFilter;
};

} // namespace wb
