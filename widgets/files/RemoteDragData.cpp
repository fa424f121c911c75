#include "widgets/files/RemoteDragData.h"

#include "models/files/RemoteFolderModel.h"

#include <QEventLoop>

namespace wb {

namespace {

QString uriList()
{
    return QStringLiteral("text/uri-list");
}

} // namespace

RemoteDragData::RemoteDragData(Fetch fetch) : m_fetch(std::move(fetch)) {}

QStringList RemoteDragData::formats() const
{
    return {uriList(), RemoteFolderModel::remoteFilesFormat()};
}

bool RemoteDragData::hasFormat(const QString &mimeType) const
{
    return formats().contains(mimeType);
}

const QList<QUrl> &RemoteDragData::fetched() const
{
    if (m_fetching) {
        // Asked again while the first request's download runs (its loop runs events): the same answer, once it is there.
        QEventLoop loop;
        connect(this, &RemoteDragData::fetchDone, &loop, &QEventLoop::quit);
        loop.exec();
        return m_urls;
    }
    if (!std::exchange(m_fetched, true) && m_fetch) {
        m_fetching = true;
        m_urls = m_fetch(); // once: every later request gets the same copies
        m_fetching = false;
        Q_EMIT const_cast<RemoteDragData *>(this)->fetchDone();
    }
    return m_urls;
}

QVariant RemoteDragData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType == RemoteFolderModel::remoteFilesFormat())
        return QByteArray("1");
    if (mimeType != uriList())
        return {};
    const QList<QUrl> &urls = fetched();
    if (type.id() == QMetaType::QVariantList) {
        QVariantList list;
        for (const QUrl &url : urls)
            list << url;
        return list;
    }
    QByteArray lines;
    for (const QUrl &url : urls)
        lines += url.toEncoded() + "\r\n";
    return lines;
}

} // namespace wb
