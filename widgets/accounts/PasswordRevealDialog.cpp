#include "widgets/accounts/PasswordRevealDialog.h"

#include "widgets/accounts/ClipboardGuard.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

PasswordRevealDialog::PasswordRevealDialog(const QString &account, const QString &host, const QString &password,
                                           ClipboardGuard *clipboard, QWidget *parent)
    : QDialog(parent), m_clipboard(clipboard), m_account(account), m_host(host)
{
    setObjectName(QStringLiteral("passwordRevealDialog"));
    setWindowTitle(tr("New Password"));
    m_heading = new QLabel(tr("The password of <b>%1</b> on <b>%2</b> is now:").arg(account.toHtmlEscaped(), host.toHtmlEscaped()), this);
    m_heading->setObjectName(QStringLiteral("revealHeading"));
    m_heading->setWordWrap(true);
    m_password = new QLineEdit(password, this);
    m_password->setObjectName(QStringLiteral("revealedPassword"));
    m_password->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_password->setFont(mono);
    m_password->setMinimumWidth(m_password->fontMetrics().horizontalAdvance(QLatin1Char('M')) * std::min<int>(int(password.size()) + 2, 40));
    auto *copy = new QPushButton(QIcon(QStringLiteral(":/icons/key.svg")), tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyPassword"));
    const int seconds = clipboard->delay() / 1000;
    auto *note = new QLabel(tr("Werkbank shows it only this once and keeps it nowhere. A copy on the clipboard "
                               "is removed after %n second(s).", nullptr, std::max(1, seconds)), this);
    note->setObjectName(QStringLiteral("revealNote"));
    note->setWordWrap(true);
    QPalette pal = note->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    note->setPalette(pal);
    auto *copied = new QLabel(this);
    copied->setObjectName(QStringLiteral("copiedNote"));
    connect(copy, &QPushButton::clicked, this, [this, copied] {
        m_clipboard->copy(m_password->text());
        copied->setText(tr("Copied."));
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(copied, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(row);
    layout->addWidget(note);
    layout->addLayout(bottom);
    copy->setDefault(true);
    copy->setFocus();
    setMinimumWidth(440);
}

void PasswordRevealDialog::setOutcomeUnknown()
{
    setWindowTitle(tr("Password May Have Been Set"));
    m_heading->setText(tr("The connection ended after the new password was sent: <b>%1</b> on <b>%2</b> may have "
                          "this password now, or still the old one. Keep it until you have checked:")
                           .arg(m_account.toHtmlEscaped(), m_host.toHtmlEscaped()));
}

void PasswordRevealDialog::done(int result)
{
    m_password->clear();
    QDialog::done(result);
}

} // namespace wb
