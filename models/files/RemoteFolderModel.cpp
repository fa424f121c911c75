#include "models/files/RemoteFolderModel.h"

#include "core/fleet/LogLine.h" // LogText::visible
#include "models/fleet/CapacityModel.h" // dataSize

#include <QDateTime>
#include <QIcon>
#include <QMimeData>
#include <QUrl>
#include <QLocale>
#include <QRegularExpression>

namespace wb {

RemoteFolderModel::RemoteFolderModel(QObject *parent) : QAbstractTableModel(parent) {}

void RemoteFolderModel::setListing(const QByteArray &folder, const QList<SftpEntry> &entries)
{
    beginResetModel();
    m_folder = folder;
    m_rows.clear();
    m_rows.reserve(entries.size());
    for (const SftpEntry &entry : entries) {
        // A name is one part of a path: "a/.." or "x\0y" from a hostile server is not a file here.
        if (!entry.name.isEmpty() && entry.name != "." && entry.name != ".." && !entry.name.contains('/') && !entry.name.contains('\0'))
            m_rows.append(entry);
    }
    endResetModel();
}

void RemoteFolderModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int RemoteFolderModel::rowOfName(const QByteArray &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name)
            return row;
    }
    return -1;
}

int RemoteFolderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RemoteFolderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QByteArray RemoteFolderModel::joined(const QByteArray &folder, const QByteArray &name)
{
    return folder.endsWith('/') ? folder + name : folder + '/' + name;
}

// As a log line is shown (cat -v: ^J, ^[, M-^[ for C1 controls, <U+202E> for
// a direction override): a name never moves the cursor or turns text around.
QString RemoteFolderModel::shownName(const QByteArray &name)
{
    return LogText::visible(QString::fromUtf8(name));
}

QString RemoteFolderModel::modeText(quint32 mode)
{
    QString text(10, QLatin1Char('-'));
    switch (mode & 0170000) {
    case 0040000: text[0] = QLatin1Char('d'); break;
    case 0120000: text[0] = QLatin1Char('l'); break;
    case 0020000: text[0] = QLatin1Char('c'); break;
    case 0060000: text[0] = QLatin1Char('b'); break;
    case 0010000: text[0] = QLatin1Char('p'); break;
    case 0140000: text[0] = QLatin1Char('s'); break;
    default: break;
    }
    const char *letters = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (0400 >> i))
            text[i + 1] = QLatin1Char(letters[i]);
    }
    if (mode & 04000)
        text[3] = (mode & 0100) ? QLatin1Char('s') : QLatin1Char('S');
    if (mode & 02000)
        text[6] = (mode & 0010) ? QLatin1Char('s') : QLatin1Char('S');
    if (mode & 01000)
        text[9] = (mode & 0001) ? QLatin1Char('t') : QLatin1Char('T');
    return text;
}

// OpenSSH's long name is ls -l's line: the owner and group are its third and
// fourth fields. Without one, the numbers.
QString RemoteFolderModel::ownerOf(const SftpEntry &entry) const
{
    static const QRegularExpression lsMode(QStringLiteral("^[-dlcbps][-rwxsStT]{9}[.+@]?$"));
    const QStringList fields = entry.longName.simplified().split(QLatin1Char(' '));
    if (fields.size() >= 5 && lsMode.match(fields.at(0)).hasMatch()) // a server may send the bare name instead
        return LogText::visible(fields.at(2) + QLatin1Char(':') + fields.at(3));
    if (entry.attributes.has(SftpAttributes::UidGid))
        return QStringLiteral("%1:%2").arg(entry.attributes.uid).arg(entry.attributes.gid);
    return {};
}

QVariant RemoteFolderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SftpEntry &entry = m_rows.at(index.row());
    const SftpAttributes &a = entry.attributes;
    switch (role) {
    case IsFolderRole: return a.isDirectory();
    case IsLinkRole: return a.isSymlink();
    case NameBytesRole: return entry.name;
    case PathRole: return joined(m_folder, entry.name);
    default: break;
    }
    const int column = index.column();
    if (role == Qt::ToolTipRole && column == NameColumn)
        return shownName(entry.name).toHtmlEscaped(); // a tooltip would take "<b>" as markup
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case NameColumn: return shownName(entry.name);
        case SizeColumn: return a.isDirectory() || !a.has(SftpAttributes::Size) ? QVariant() : QVariant(CapacityModel::dataSize(qint64(a.size)));
        case ModifiedColumn:
            return a.has(SftpAttributes::AccessModTime)
                       ? QVariant(QLocale().toString(QDateTime::fromSecsSinceEpoch(a.mtime), QLocale::ShortFormat))
                       : QVariant();
        case PermissionsColumn: return a.has(SftpAttributes::Permissions) ? QVariant(modeText(a.permissions)) : QVariant();
        case OwnerColumn: return ownerOf(entry);
        default: break;
        }
    }
    if (role == SortRole) {
        switch (column) {
        case NameColumn: return shownName(entry.name).toLower();
        case SizeColumn: return qulonglong(a.size);
        case ModifiedColumn: return a.mtime;
        case PermissionsColumn: return a.permissions & 07777;
        case OwnerColumn: return ownerOf(entry);
        default: break;
        }
    }
    if (role == Qt::DecorationRole && column == NameColumn) {
        // Our own icons, the same on every desktop (the inventory's folder for a folder).
        static const QIcon folderIcon(QStringLiteral(":/icons/group.svg"));
        static const QIcon linkIcon(QStringLiteral(":/icons/link.svg"));
        static const QIcon fileIcon(QStringLiteral(":/icons/file.svg"));
        return a.isDirectory() ? folderIcon : a.isSymlink() ? linkIcon : fileIcon;
    }
    if (role == Qt::TextAlignmentRole && column == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RemoteFolderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case SizeColumn: return tr("Size");
    case ModifiedColumn: return tr("Modified");
    case PermissionsColumn: return tr("Permissions");
    case OwnerColumn: return tr("Owner");
    default: break;
    }
    return {};
}

Qt::ItemFlags RemoteFolderModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_folder.isEmpty() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled; // onto the list: into the folder shown
    Qt::ItemFlags flags = QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled;
    if (m_rows.at(index.row()).attributes.isDirectory())
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList RemoteFolderModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

Qt::DropActions RemoteFolderModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

Qt::DropActions RemoteFolderModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QString RemoteFolderModel::remoteFilesFormat()
{
    return QStringLiteral("application/x-werkbank-remote-files");
}

bool RemoteFolderModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (!data || action != Qt::CopyAction || m_folder.isEmpty() || data->hasFormat(remoteFilesFormat()) || !data->hasUrls())
        return false;
    if (parent.isValid() && !m_rows.at(parent.row()).attributes.isDirectory())
        return false;
    const QList<QUrl> urls = data->urls();
    return !urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
}

bool RemoteFolderModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QStringList paths;
    for (const QUrl &url : data->urls())
        paths << url.toLocalFile();
    Q_EMIT uploadDropped(paths, parent.isValid() ? joined(m_folder, m_rows.at(parent.row()).name) : m_folder);
    return true;
}

QMimeData *RemoteFolderModel::mimeData(const QModelIndexList &indexes) const
{
    if (!m_dragMaker)
        return nullptr;
    QList<QByteArray> paths;
    for (const QModelIndex &index : indexes) {
        const QByteArray path = joined(m_folder, m_rows.at(index.row()).name);
        if (!paths.contains(path)) // one index a column
            paths << path;
    }
    return paths.isEmpty() ? nullptr : m_dragMaker(paths);
}

RemoteFolderFilter::RemoteFolderFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RemoteFolderModel::SortRole);
}

void RemoteFolderFilter::setShowHidden(bool show)
{
    if (m_showHidden == show)
        return;
    m_showHidden = show;
    invalidateFilter();
}

void RemoteFolderFilter::setNameFilter(const QString &text)
{
    if (m_nameFilter == text)
        return;
    m_nameFilter = text;
    invalidateFilter();
}

bool RemoteFolderFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, RemoteFolderModel::NameColumn, sourceParent);
    const QByteArray name = index.data(RemoteFolderModel::NameBytesRole).toByteArray();
    if (!m_showHidden && name.startsWith('.'))
        return false;
    return m_nameFilter.isEmpty() || index.data().toString().contains(m_nameFilter, Qt::CaseInsensitive);
}

bool RemoteFolderFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftFolder = left.data(RemoteFolderModel::IsFolderRole).toBool();
    const bool rightFolder = right.data(RemoteFolderModel::IsFolderRole).toBool();
    if (leftFolder != rightFolder) // folders first, whichever way the column sorts
        return sortOrder() == Qt::AscendingOrder ? leftFolder : rightFolder;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace wb
