#include "widgets/accounts/ExpiryDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace wb {

ExpiryDialog::ExpiryDialog(const QString &account, const QString &host, const QDate &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("expiryDialog"));
    setWindowTitle(tr("Set Expiry"));
    auto *label = new QLabel(tr("<b>%1</b> on <b>%2</b> stops working at the start of:").arg(account.toHtmlEscaped(), host.toHtmlEscaped()), this);
    label->setWordWrap(true);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("expiryDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // An expiry in the past is what Disable does; this dialog is for planning ahead.
    const QDate today = QDate::currentDate();
    m_date->setMinimumDate(today);
    m_date->setDate(current.isValid() && current >= today ? current : today.addDays(30));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_date);
    layout->addWidget(buttons);
    setMinimumWidth(360);
}

QString ExpiryDialog::date() const
{
    return m_date->date().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace wb
