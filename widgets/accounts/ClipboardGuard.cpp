#include "widgets/accounts/ClipboardGuard.h"

#include "widgets/accounts/AccountPreferences.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace wb {

int ClipboardGuard::delay() const
{
    return m_delayMs > 0 ? m_delayMs : AccountPreferences::load().clipboardClearSeconds * 1000;
}

namespace {
QByteArray digestOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT expired(clearIfUnchanged()); });
}

ClipboardGuard::~ClipboardGuard()
{
    clearIfUnchanged();
}

void ClipboardGuard::copy(const QString &secret)
{
    auto *data = new QMimeData;
    data->setText(secret);
    // Clipboard managers (Klipper, and those that follow it) keep no history of this.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data, QClipboard::Clipboard);
    m_digest = digestOf(secret);
    m_timer.start(delay());
}

bool ClipboardGuard::clearIfUnchanged()
{
    if (m_digest.isEmpty())
        return false;
    const QByteArray digest = m_digest;
    m_digest.clear();
    m_timer.stop();
    if (!qGuiApp) // the application is already gone: so is its clipboard
        return false;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (digestOf(clipboard->text(QClipboard::Clipboard)) != digest)
        return false;
    clipboard->clear(QClipboard::Clipboard);
    return true;
}

} // namespace wb
