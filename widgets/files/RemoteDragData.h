#pragma once

#include <QMimeData>
#include <QUrl>

#include <functional>

namespace wb {

// What a drag out of the file list carries: the files as local file URLs,
// fetched only when a drop asks for them (the file manager's drop, not the
// drag's start), by `fetch`, which downloads them to a folder of the tab's
// own and returns their URLs (empty when that failed or was cancelled).
class RemoteDragData : public QMimeData
{
    Q_OBJECT
public:
    using Fetch = std::function<QList<QUrl>()>;
    explicit RemoteDragData(Fetch fetch);

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;

Q_SIGNALS:
    void fetchDone() const;

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    const QList<QUrl> &fetched() const;

    Fetch m_fetch;
    mutable bool m_fetched = false;
    mutable bool m_fetching = false; // a second request during the fetch's wait waits for the same files
    mutable QList<QUrl> m_urls;
};

} // namespace wb
