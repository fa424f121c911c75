#include "widgets/desktop/DesktopLoginDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

DesktopLoginDialog::DesktopLoginDialog(const QString &hostName, const QString &user, QWidget *parent)
    : QDialog(parent), m_user(new QLineEdit(user, this)), m_password(new QLineEdit(this)), m_remember(new QCheckBox(tr("&Remember in the keychain"), this))
{
    setObjectName(QStringLiteral("desktopLogin"));
    setWindowTitle(tr("Remote Desktop"));
    m_user->setObjectName(QStringLiteral("desktopUser"));
    m_user->setPlaceholderText(tr("user, DOMAIN\\user or user@domain"));
    m_password->setObjectName(QStringLiteral("desktopPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("desktopRemember"));
    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("Log in to the desktop of <b>%1</b>:").arg(hostName.toHtmlEscaped()), this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_user, &QLineEdit::textChanged, this, &DesktopLoginDialog::updateOk);
    connect(this, &QDialog::finished, this, [this] { m_password->clear(); }, Qt::QueuedConnection);
    (user.isEmpty() ? m_user : m_password)->setFocus();
    updateOk();
}

QString DesktopLoginDialog::user() const
{
    return m_user->text().trimmed();
}

QString DesktopLoginDialog::password() const
{
    return m_password->text();
}

bool DesktopLoginDialog::remember() const
{
    return m_remember->isChecked();
}

void DesktopLoginDialog::updateOk()
{
    findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->setEnabled(!user().isEmpty());
}

} // namespace wb
