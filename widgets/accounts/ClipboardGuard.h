#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace wb {

// Puts a secret on the clipboard and takes it off again after a delay (Preferences,
// 30 s by default), but only if the clipboard still holds it: whatever the user
// copied since stays. Only a digest of the secret is kept for the check.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardGuard(QObject *parent = nullptr);
    // Going away clears the clipboard at once rather than never.
    ~ClipboardGuard() override;

    // A fixed delay instead of the one Preferences says (tests).
    void setDelay(int milliseconds) { m_delayMs = milliseconds; }
    int delay() const;
    bool isGuarding() const { return !m_digest.isEmpty(); }

    void copy(const QString &secret);

Q_SIGNALS:
    // The delay passed; wiped says whether the clipboard still held the secret.
    void expired(bool wiped);

private:
    bool clearIfUnchanged();

    QTimer m_timer;
    QByteArray m_digest;
    int m_delayMs = 0; // 0: as Preferences say when copying
};

} // namespace wb
